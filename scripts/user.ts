// `npm run user -- <command>`: accounts in the data folder named by DATA_DIR.
//   add <username> --role convener|coordinator|admin|city --district <id> [--forum <id> …] [--name "Visningsnamn"] [--email adress]
//   email <username> --email <adress>   the work e-mail ("" removes it)
//   list
//   passwd <username>
//   disable <username>
//   enable <username>
//   forums            the forums and their ids, for --forum
// Passwords come from USER_PASSWORD, else they are asked for without echo.
// Writing takes the data folder's lock, so it is refused while a server runs.
import { randomUUID } from 'node:crypto';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { addReferenceDistricts } from '../api/app.ts';
import { checkPasswordPolicy, hashPassword } from '../api/auth/passwords.ts';
import { configFromEnv } from '../api/config.ts';
import { ROLE_LABELS, ROLES, type Role } from '../api/domain/codes.ts';
import { LIMITS } from '../api/domain/limits.ts';
import { isWorkEmail } from '../api/domain/members.ts';
import type { Account } from '../api/domain/types.ts';
import { acquireDataDirLock, DataDirLockedError } from '../api/store/data-dir-lock.ts';
import { isDiskFullError } from '../api/store/disk-full.ts';
import { openLowdbStore, type OpenedStore } from '../api/store/lowdb-store.ts';
import { storeErrorAsDomainError } from '../api/trpc/store-errors.ts';

const USAGE = `Användning: npm run user -- <kommando>
  add <användarnamn> --role convener|coordinator|admin|city --district <id> [--forum <id> …] [--name "Visningsnamn"] [--email adress]
  email <användarnamn> --email <adress>   e-postadressen i tjänsten (kallelser och svar); --email "" tar bort den
  list
  passwd <användarnamn>
  disable <användarnamn>
  enable <användarnamn>
  forums                 visar forumen och deras id, för --forum
Lösenordet tas från miljövariabeln USER_PASSWORD, annars frågar kommandot efter det.`;

class UsageError extends Error {}

const AUDIT = (procedure: string) => ({ actorId: 'cli', procedure });

function askHidden(question: string): Promise<string> {
  if (!process.stdin.isTTY) {
    return Promise.reject(new UsageError('Inget lösenord: sätt USER_PASSWORD eller kör kommandot i en terminal.'));
  }
  return new Promise((resolve) => {
    const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
    // Echo nothing while the password is typed.
    (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = (s: string) => {
      if (s.startsWith(question)) process.stdout.write(question);
    };
    rl.question(question, (answer) => {
      rl.close();
      process.stdout.write('\n');
      resolve(answer);
    });
  });
}

async function newPassword(username: string): Promise<string> {
  const fromEnv = process.env.USER_PASSWORD;
  const password = fromEnv ?? (await askHidden('Lösenord: '));
  const problem = checkPasswordPolicy(password, { username });
  if (problem) throw new UsageError(problem);
  if (fromEnv === undefined && (await askHidden('Upprepa lösenordet: ')) !== password) {
    throw new UsageError('Lösenorden är inte lika.');
  }
  return password;
}

async function withWritableStore<T>(dataDir: string, description: string, work: (store: OpenedStore) => Promise<T>): Promise<T> {
  // Creates the data folder if needed (and fsyncs its parent).
  const lock = await acquireDataDirLock(dataDir, { kind: 'script', description });
  try {
    const store = await openLowdbStore(dataDir, { lockHeld: true });
    try {
      await addReferenceDistricts(store);
      return await work(store);
    } finally {
      await store.close();
    }
  } finally {
    await lock.release();
  }
}

async function findAccount(store: OpenedStore, username: string): Promise<Account> {
  const account = await store.findAccountByUsername(username);
  if (!account) throw new UsageError(`Det finns inget konto med användarnamnet ${username}.`);
  return account;
}

/** The --email value checked as forum members' addresses are; "" when it is to be removed. */
function emailOption(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  const email = String(value).trim();
  if (email && (email.length > LIMITS.email || !isWorkEmail(email))) throw new UsageError(`--email måste vara en e-postadress i tjänsten, till exempel namn@stad.example (fick ”${email}”).`);
  return email;
}

async function add(dataDir: string, positionals: string[], values: Record<string, unknown>): Promise<void> {
  const username = positionals[0]?.trim();
  if (!username || !/^[a-zA-Z0-9._-]{3,50}$/.test(username)) {
    throw new UsageError('Ange ett användarnamn på 3–50 tecken (bokstäver a–z, siffror, punkt, bindestreck, understreck).');
  }
  const role = values.role as string | undefined;
  if (!role || !(ROLES as readonly string[]).includes(role)) throw new UsageError(`Ange --role ${ROLES.join('|')}.`);
  const districtId = values.district as string | undefined;
  if (!districtId) throw new UsageError('Ange --district <id>.');
  const forumIds = (values.forum as string[] | undefined) ?? [];
  if (role === 'convener' && forumIds.length === 0) throw new UsageError('En sammankallande behöver minst ett --forum <id>.');
  if (role !== 'convener' && forumIds.length > 0) throw new UsageError('--forum gäller bara sammankallande.');
  const email = emailOption(values.email);
  const password = await newPassword(username);
  const passwordHash = await hashPassword(password);

  await withWritableStore(dataDir, `npm run user -- add ${username}`, async (store) => {
    const district = await store.getDistrict(districtId);
    if (!district) {
      const ids = (await store.listDistricts()).map((d) => d.id).join(', ');
      throw new UsageError(`Stadsdelen ${districtId} finns inte. Välj en av: ${ids}.`);
    }
    for (const forumId of forumIds) {
      const forum = await store.getForum(forumId);
      if (!forum || forum.districtId !== districtId) throw new UsageError(`Forumet ${forumId} finns inte i ${district.name}.`);
    }
    const now = new Date().toISOString();
    await store.createAccount(
      {
        id: randomUUID(),
        username,
        displayName: (values.name as string | undefined)?.trim() || username,
        role: role as Role,
        districtId,
        forumIds,
        ...(email ? { email } : {}),
        passwordHash,
        disabled: false,
        createdAt: now,
        updatedAt: now,
      },
      AUDIT('cli.user.add'),
    );
    console.log(`Kontot ${username} (${ROLE_LABELS[role as Role]}, ${district.name}) är skapat.`);
  });
}

async function list(dataDir: string): Promise<void> {
  // Reading is safe beside a running server: its files are replaced atomically.
  const store = await openLowdbStore(dataDir, { lockHeld: false });
  try {
    const accounts = await store.listAccounts();
    if (accounts.length === 0) return console.log(`Inga konton i ${dataDir}.`);
    for (const a of accounts) {
      const forums = a.forumIds.length ? `  forum: ${a.forumIds.join(', ')}` : '';
      const email = a.email ? `  e-post: ${a.email}` : '';
      console.log(`${a.username.padEnd(24)} ${ROLE_LABELS[a.role].padEnd(18)} ${a.districtId.padEnd(22)} ${a.disabled ? 'avstängt' : 'aktivt'}${forums}${email}`);
    }
  } finally {
    await store.close();
  }
}

async function forums(dataDir: string): Promise<void> {
  const store = await openLowdbStore(dataDir, { lockHeld: false });
  try {
    const all = await store.listForums();
    if (all.length === 0) return console.log(`Inga forum i ${dataDir}. Forum skapas med API:ts forums.create (se api/README.md).`);
    for (const f of all) console.log(`${f.id}  ${f.districtId.padEnd(22)} ${f.type.padEnd(16)} ${f.name}`);
  } finally {
    await store.close();
  }
}

async function passwd(dataDir: string, username: string): Promise<void> {
  const password = await newPassword(username);
  const passwordHash = await hashPassword(password);
  await withWritableStore(dataDir, `npm run user -- passwd ${username}`, async (store) => {
    const account = await findAccount(store, username);
    await store.updateAccount(account.id, (a) => ({ ...a, passwordHash, updatedAt: new Date().toISOString() }), AUDIT('cli.user.passwd'));
    await store.deleteSessionsOf(account.id, AUDIT('cli.user.passwd'));
    console.log(`Lösenordet för ${username} är bytt; kontots inloggningar är avslutade.`);
  });
}

async function setEmail(dataDir: string, username: string, value: unknown): Promise<void> {
  const email = emailOption(value);
  if (email === undefined) throw new UsageError('Ange --email <adress>, eller --email "" för att ta bort adressen.');
  await withWritableStore(dataDir, `npm run user -- email ${username}`, async (store) => {
    const account = await findAccount(store, username);
    await store.updateAccount(
      account.id,
      ({ email: _old, ...a }) => ({ ...a, ...(email ? { email } : {}), updatedAt: new Date().toISOString() }),
      AUDIT('cli.user.email'),
    );
    console.log(email ? `E-postadressen för ${username} är ${email}.` : `E-postadressen för ${username} är borttagen.`);
  });
}

async function setDisabled(dataDir: string, username: string, disabled: boolean): Promise<void> {
  await withWritableStore(dataDir, `npm run user -- ${disabled ? 'disable' : 'enable'} ${username}`, async (store) => {
    const account = await findAccount(store, username);
    const procedure = disabled ? 'cli.user.disable' : 'cli.user.enable';
    await store.updateAccount(account.id, (a) => ({ ...a, disabled, updatedAt: new Date().toISOString() }), AUDIT(procedure));
    if (disabled) await store.deleteSessionsOf(account.id, AUDIT(procedure));
    console.log(disabled ? `Kontot ${username} är avstängt och utloggat.` : `Kontot ${username} är aktivt igen.`);
  });
}

async function main(argv: string[]): Promise<void> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      role: { type: 'string' },
      district: { type: 'string' },
      forum: { type: 'string', multiple: true },
      name: { type: 'string' },
      email: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [command, ...rest] = positionals;
  if (values.help || !command) return console.log(USAGE);
  const { dataDir } = configFromEnv(process.env, { publicUrlRequired: false });
  const needsUsername = (what: string) => {
    if (!rest[0]) throw new UsageError(`Ange vilket konto: npm run user -- ${what} <användarnamn>`);
    return rest[0];
  };
  switch (command) {
    case 'add':
      return add(dataDir, rest, values);
    case 'email':
      return setEmail(dataDir, needsUsername('email'), values.email);
    case 'list':
      return list(dataDir);
    case 'forums':
      return forums(dataDir);
    case 'passwd':
      return passwd(dataDir, needsUsername('passwd'));
    case 'disable':
      return setDisabled(dataDir, needsUsername('disable'), true);
    case 'enable':
      return setDisabled(dataDir, needsUsername('enable'), false);
    default:
      throw new UsageError(`Okänt kommando: ${command}\n${USAGE}`);
  }
}

main(process.argv.slice(2)).catch((err: unknown) => {
  if (err instanceof DataDirLockedError) {
    console.error(`${err.message}\nKontona ändras när servern är stoppad.`);
  } else if (isDiskFullError(err)) {
    console.error('Disken är full: ingenting ändrades. Frigör utrymme på disken för datamappen och försök igen.');
  } else if (err instanceof UsageError || (err as { code?: string }).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    console.error((err as Error).message);
  } else {
    console.error(storeErrorAsDomainError(err)?.message ?? (err instanceof Error ? err.message : err));
  }
  process.exit(1);
});
