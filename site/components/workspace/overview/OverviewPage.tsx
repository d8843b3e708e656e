// The district overview (lägesbild) for local coordinators and admins.
// Coordinators see their own district; admins choose one.
import { useEffect, useState } from 'react';
import { api, type Outputs } from '../../../lib/workspace/api.ts';
import { useAccount } from '../Shell.tsx';
import { Empty, Loading, Problem } from '../states.tsx';
import { useLoad } from '../use-load.ts';
import { OverviewResults } from './OverviewResults.tsx';
import { PeriodForm } from './PeriodForm.tsx';
import { readQuery, writeQuery, type OverviewQuery } from './period.ts';

type District = Outputs['districts']['list'][number];

export function OverviewPage() {
  const account = useAccount();
  return (
    <div className="ws-overview">
      <h1>Översikt för stadsdelen</h1>
      {account.role === 'convener' ? (
        <ConvenerNotice />
      ) : account.role === 'admin' || account.role === 'city' ? (
        // issue 12: the city's read-only coordinator picks any district, as an admin does.
        <AdminOverview />
      ) : (
        <Overview districts={null} districtId={account.districtId} />
      )}
    </div>
  );
}

/** The server would refuse a convener; say so kindly and point to their own pages. */
function ConvenerNotice() {
  return (
    <div className="ws-note">
      <p>
        Översikten för stadsdelen är till för lokala samordnare och administratörer. Som sammankallande hittar du dina forum,
        möten och protokoll under Mina forum.
      </p>
      <p>
        <a href="/arbetsyta/">Gå till Mina forum</a>
      </p>
    </div>
  );
}

function AdminOverview() {
  const account = useAccount();
  const [districts, reload] = useLoad(() => api.districts.list.query(), []);
  if (districts.state === 'loading') return <Loading what="stadsdelarna" />;
  if (districts.state === 'failed') return <Problem problem={districts.problem} retry={reload} />;
  const sorted = [...districts.data].sort((a, b) => a.name.localeCompare(b.name, 'sv'));
  const wanted = new URLSearchParams(location.search).get('stadsdel');
  // A shared link's district first, then the admin's own; otherwise the admin chooses.
  const districtId = [wanted, account.districtId].find((id) => id && sorted.some((d) => d.id === id)) ?? '';
  return <Overview districts={sorted} districtId={districtId} />;
}

function Overview({ districts, districtId }: { districts: District[] | null; districtId: string }) {
  const [query, setQuery] = useState<OverviewQuery>(() => ({ ...readQuery(), districtId }));
  // Bumped by every "Visa", so showing the same choice again fetches fresh figures.
  const [round, setRound] = useState(0);
  useEffect(() => writeQuery(query), [query]);

  function apply(next: OverviewQuery) {
    setQuery(next);
    setRound((r) => r + 1);
  }

  return (
    <>
      <PeriodForm initial={query} districts={districts} onApply={apply} />
      {query.districtId ? <OverviewResults key={round} query={query} /> : <Empty>Välj en stadsdel och tryck på Visa.</Empty>}
    </>
  );
}
