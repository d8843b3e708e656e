// Passwords a guesser tries first. Hand-written (not taken from any leak):
// the best-known global ones, Swedish words, names, places and football
// clubs, Stockholm districts and words from this service's own context, and
// common 12+ character variants that would otherwise pass the length rule.
// Lowercase; the policy also matches them without å/ä/ö accents, without
// spaces, with leading or trailing digits and symbols, and in leetspeak.

const GLOBAL = [
  '123456', '1234567', '12345678', '123456789', '1234567890', '12345', '1234', '123123', '123321', '654321',
  '111111', '000000', '121212', '112233', '666666', '696969', '777777', '888888', '987654321', '159753',
  '147258369', '123654', '102030', '123qwe', 'qwe123', 'abc123', 'abcd1234', 'a1b2c3', 'aa123456', '1q2w3e',
  '1q2w3e4r', '1q2w3e4r5t', '1qaz2wsx', 'zaq12wsx', 'qazwsx', 'qwerty', 'qwerty1', 'qwerty123', 'qwertyuiop', 'asdfgh',
  'asdfghjkl', 'zxcvbnm', 'azerty', 'password', 'password1', 'password12', 'password123', 'passw0rd', 'p@ssw0rd', 'pass',
  'pass123', 'secret', 'letmein', 'welcome', 'welcome1', 'iloveyou', 'iloveu',
  'loveyou', 'love', 'lovely', 'lover', 'admin', 'admin123', 'administrator', 'root', 'toor', 'guest',
  'test', 'test123', 'testing', 'changeme', 'default', 'login', 'access', 'master', 'monkey', 'dragon',
  'shadow', 'sunshine', 'princess', 'superman', 'batman', 'spiderman', 'starwars', 'pokemon', 'football', 'baseball',
  'soccer', 'hockey', 'basketball', 'trustno1', 'whatever', 'freedom', 'computer', 'internet', 'hello', 'hello123',
  'helloworld', 'charlie', 'michael', 'jennifer', 'jessica', 'jordan', 'ashley', 'daniel', 'thomas', 'robert',
  'andrew', 'george', 'hunter', 'hunter2', 'killer', 'matrix', 'mustang', 'harley', 'ranger', 'buster',
  'tigger', 'cheese', 'cookie', 'chocolate', 'banana', 'orange', 'apple', 'pepper', 'ginger', 'maggie',
  'flower', 'summer', 'winter', 'spring', 'autumn', 
  'football1', 'starwars1', 
  'qwerty12345', 'zaq1zaq1', 'q1w2e3r4', 'qweasdzxc', 'asdf1234', 'asdfasdf', 'qwertyui', 'letmein1', 'baseball1', 'mypassword',
  'correcthorsebatterystaple', 
  // 12+ characters
  '123456789012', '1234567890123', '12345678901234', '123456123456', '111111111111', '000000000000', '123123123123',
  'password1234', 'password12345', 'password123456', 'password!234', 'passwordpassword', 'mypassword123',
  'qwerty123456', 'qwertyuiop123', 'qwertyuiopasdf', 'qwertyuiop1234', 'qwertyqwerty', '1q2w3e4r5t6y', '1qaz2wsx3edc',
  'qazwsxedcrfv', 'zaq1zaq1zaq1', 'abc123abc123', 'abcdefghijkl', 'asdfghjkl123', 'iloveyou1234', 'iloveyouiloveyou',
  'welcome12345', 'welcome123456', 'letmein12345', 'changeme1234', 'administrator1', 'admin1234567', 'football1234',
  'superman1234', 'sunshine1234', 'princess1234', 'trustno1trustno1', 'helloworld123', 'starwars1234',
];

const SWEDISH = [
  // The password words themselves
  'lösenord', 'losenord', 'lösen', 'losen', 'lösenordet', 'losenordet', 'nyttlösenord', 'nyttlosenord', 'mittlösenord', 'mittlosenord',
  'hemligt', 'hemlig', 'hemlis', 'inloggning', 'logga in', 'användare', 'anvandare', 'anvandarnamn', 'byt lösenord', 'bytmig',
  // Greetings and everyday words
  'hej', 'hejsan', 'hejhej', 'hejhejhej', 'hejhejhejhej', 'tjena', 'tjenare', 'tja', 'hallå', 'hallo',
  'välkommen', 'valkommen', 'välkomna', 'tack', 'kärlek', 'karlek',
  'älskar', 'alskar', 'jagälskardig', 'jagalskardig', 'älskling', 'alskling', 'sötnos', 
  'frihet', 
  // Seasons and holidays
  'sommar', 'sommaren', 'vinter', 'vintern', 'höst', 'host', 'hösten', 'hosten', 'vår', 'våren',
  'varen', 'midsommar', 'jul', 'julen', 'julafton', 'godjul', 'påsk', 'pask', 'nyår', 'semester',
  'januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober',
  'november', 'december', 'blomma', 
  // Food, animals, family, things
  'kaffe', 'fika', 'kanelbulle', 'semla', 'köttbullar', 'kottbullar', 'godis', 'choklad', 
  'katt', 'katten', 'kattis', 'misse', 'hund', 'hunden', 'vovve', 'häst', 'hasten',
  'björn', 'bjorn', 'mamma', 'pappa', 'mormor', 'morfar', 'farmor',
  'farfar', 'familjen', 'barnen', 'volvo', 'saab',
  'dator', 'datorn', 'jobbet', 'arbete', 'kontoret', 
  // Names
  'anna', 'maria', 'karin', 'lisa', 'sara', 'emma', 'elsa', 'stina', 
  'erik', 'lars', 'johan', 'anders', 'karl', 'per', 'pelle', 'kalle', 'olle', 'nisse',
  'sven', 'kalleanka', 'pippi', 'pippilångstrump', 'emil', 'bamse', 'mumin',
  // Places
  'sverige', 'sweden', 'svenska', 'svensk', 'stockholm', 'stockholms', 'stockholmstad', 'stockholmsstad', 'stockholms stad', 'göteborg',
  'goteborg', 'malmö', 'malmo', 'uppsala', 
  
  // Stockholm districts
  'rinkeby', 'kista', 'tensta', 'husby', 'spånga', 'hässelby', 'vällingby', 'bromma', 'skärholmen', 'farsta',
  'enskede', 'årsta', 'skarpnäck', 'södermalm', 'söder', 'kungsholmen', 'östermalm', 'norrmalm', 'vasastan',
  'liljeholmen', 'hägersten', 'älvsjö', 'järva',
  // Football and hockey
  'fotboll', 'innebandy', 'ishockey', 'hammarby', 'bajen', 'djurgården', 'djurgarden', 'dif', 'aik',
  'gnaget', 'blåvitt', 'blavitt', 'ifkgöteborg', 'ifkgoteborg', 'malmöff', 'malmoff', 'zlatan', 'tre kronor', 'trekronor',
  // This service's own context
  'kommunen', 'kommun', 'stadsdel', 'stadsdelen', 'stadsdelsförvaltning', 'förvaltning', 'forvaltning', 'förvaltningen', 'stadshuset', 'socialtjänsten',
  'socialtjanst', 'fritidsgård', 'fritidsgard', 'skolan', 'polisen', 'samverkan', 'trygghet', 'demokrati', 'extremism', 'vbe',
  'vbestod', 'vbe-stöd', 'forum', 'hemma', 'sekretess',
  // Years and dates people append
  'sommar2023', 'sommar2024', 'sommar2025', 'sommar2026', 'vinter2023', 'vinter2024', 'vinter2025', 'hosten2024', 'hösten2024', 'varen2024',
  'våren2025', 'jul2024', 'lösenord1', 'losenord1', 'lösenord123', 'losenord123', 'hej123', 'hejsan123', 'kalle123', 'stockholm1',
  // 12+ characters
  'lösenord1234', 'losenord1234', 'lösenord12345', 'losenord12345', 'lösenord123456', 'losenord123456', 'lösenordlösenord', 'losenordlosenord', 'mittlösenord123', 'mittlosenord123',
  'nyttlösenord123', 'nyttlosenord123', 'välkommen123', 'valkommen123', 'välkommen1234', 'valkommen1234', 'välkommen2024', 'valkommen2024', 'stockholm123', 'stockholm1234',
  'stockholm2024', 'stockholm12345', 'sommaren2023', 'sommaren2024', 'sommaren2025', 'vintern2024', 'hösten12345', 'midsommar2024', 'sverige12345', 'sverige123456',
  'hammarby1897', 'hammarby1234', 'djurgarden1891', 'djurgården1891', 'aik1891aik1891', 'bajenbajen12', 'kommunen1234', 'kommunen2024', 'stadsdelen123', 'stadsdelen2024',
  'hejsan123456', 'hejhej123456', 'jagälskardig1', 'jagalskardig1', 'jagälskardig123', 'kalleanka1234', 'qwertyuiopå', 'qwertyuiopå123', 'asdfghjklöä', 'asdfghjklöä123',
  'förvaltningen1', 'forvaltningen1', 'socialtjänsten1', 'kanelbulle123', 'kärlek123456', 'karlek123456', 'fotboll12345', 'sverigesverige', 'stockholmstad1', 'stockholmsstad1',
];

export const COMMON_PASSWORDS: ReadonlySet<string> = new Set([...GLOBAL, ...SWEDISH]);
