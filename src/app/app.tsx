import { loadBuiltInDataset } from '../data/built-in-dataset';
import { totalCommittedUsd, totalsByDonor } from '../transforms/aggregate';
import { formatDay, formatUsdCompact, groupName } from '../transforms/format';
import { summarise } from '../transforms/summary';
import { createRateIndex } from '../transforms/to-usd';
import { formatProblem } from '../data/validate';
import type { Dataset } from '../data/schema';

// The shipped dataset is data, not state: validated once, when the module loads.
const result = loadBuiltInDataset();
const dataset = result.dataset;
const view = dataset && describe(dataset);

function describe({ announcements: records, exchangeRates }: Dataset) {
  const rates = createRateIndex(exchangeRates);
  const donors = totalsByDonor(records, rates).sort(
    (a, b) => b.committedUsd - a.committedUsd || b.announcements - a.announcements,
  );
  return { summary: summarise(records), donors, committed: totalCommittedUsd(records, rates) };
}

/** The first page: what the shipped dataset holds. The explorer builds on it. */
export function App() {
  return (
    <div className="page">
      <header className="masthead">
        <h1>Military aid to Ukraine</h1>
        <p className="lede">
          Who promised what, when, and where each figure comes from: the aid announcements in five
          Dutch-language news articles, January 2022 to February 2023, each traced to its sentence.
        </p>
      </header>
      <main>
        {result.problems.length > 0 && (
          <section role="alert" className="problems" aria-labelledby="problems-title">
            <h2 id="problems-title">The dataset has {result.problems.length} problem(s)</h2>
            <ul>
              {result.problems.map((problem, i) => (
                <li key={i}>{formatProblem('announcements.json', problem)}</li>
              ))}
            </ul>
          </section>
        )}
        {dataset && view && (
          <>
            <section aria-labelledby="holds-title" className="card">
              <h2 id="holds-title">What the dataset holds</h2>
              <dl className="stats">
                <div>
                  <dt>Announcements</dt>
                  <dd data-testid="record-count">{view.summary.records}</dd>
                </div>
                <div>
                  <dt>Donors</dt>
                  <dd data-testid="donor-count">{view.summary.donors}</dd>
                </div>
                <div>
                  <dt>Articles</dt>
                  <dd data-testid="source-count">{dataset.sources.length}</dd>
                </div>
                <div>
                  <dt>Date span</dt>
                  <dd data-testid="date-span">
                    {view.summary.firstDate && view.summary.lastDate
                      ? `${formatDay(view.summary.firstDate)} – ${formatDay(view.summary.lastDate)}`
                      : '—'}
                  </dd>
                </div>
                <div>
                  <dt>Aid committed</dt>
                  <dd>{formatUsdCompact(view.committed)}</dd>
                </div>
              </dl>
            </section>
            <section aria-labelledby="donors-title" className="card">
              <h2 id="donors-title">By donor</h2>
              <table>
                <caption>
                  Aid to Ukraine by donor. Joint announcements form their own row; running totals
                  and deployments to allies are not added.
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Donor</th>
                    <th scope="col">Announcements</th>
                    <th scope="col">Committed (USD)</th>
                    <th scope="col">Delivered (USD)</th>
                    <th scope="col">Deployments to allies</th>
                  </tr>
                </thead>
                <tbody>
                  {view.donors.map((row) => (
                    <tr key={row.group}>
                      <th scope="row">{groupName(row.donors)}</th>
                      <td>{row.announcements}</td>
                      <td>{row.committedUsd > 0 ? formatUsdCompact(row.committedUsd) : '—'}</td>
                      <td>{row.deliveredUsd > 0 ? formatUsdCompact(row.deliveredUsd) : '—'}</td>
                      <td>{row.deployments}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
            <section aria-labelledby="sources-title" className="card">
              <h2 id="sources-title">The five articles</h2>
              <ul className="sources">
                {dataset.sources.map((source) => (
                  <li key={source.id}>
                    <span className="source-month">{source.published}</span> {source.summary}
                  </li>
                ))}
              </ul>
            </section>
          </>
        )}
      </main>
    </div>
  );
}
