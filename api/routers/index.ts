// The API: one router per area. `AppRouter` is what @trpc/client imports.
import { mergeRouters, router } from '../trpc/init.ts';
import { actionsRouter } from './actions.ts';
import { agendaRouter } from './agenda.ts';
import { attendanceRouter } from './attendance.ts';
import { authRouter } from './auth.ts';
import { districtsRouter } from './districts.ts';
import { forumsRouter } from './forums.ts';
import { lagesbildRouter } from './lagesbild.ts';
import { cityRouter } from './city.ts';
import { mailRouter } from './mail.ts';
import { meetingsRouter } from './meetings.ts';
import { minutesRouter } from './minutes.ts';
import { reportsRouter } from './reports.ts';
import { sourcesRouter } from './sources-redact.ts';
import { importsRouter } from './imports.ts';
import { statementsRouter } from './statements.ts';
import { surveysRouter } from './surveys.ts';

export const appRouter = router({
  auth: authRouter,
  districts: districtsRouter,
  forums: forumsRouter,
  meetings: mergeRouters(meetingsRouter, attendanceRouter),
  agenda: agendaRouter,
  minutes: minutesRouter,
  actions: actionsRouter,
  lagesbild: mergeRouters(lagesbildRouter, cityRouter),
  mail: mailRouter,
  reports: reportsRouter,
  sources: sourcesRouter,
  statements: statementsRouter,
  imports: importsRouter,
  surveys: surveysRouter,
});

export type AppRouter = typeof appRouter;
