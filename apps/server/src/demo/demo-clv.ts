// The demo's customer value: the models are fitted on the generated purchases during generation, so the
// customer-value page, the customers' values and the revenue at risk are there on first start.
import type { OrganisationRow } from '@centric/db/organisations/organisation.repository';
import { refitOrganisation, type TransactionDay } from '../clv/clv-refit';
import type { Deps } from '../context';

/**
 * Fits the demo organisation's CLV models on the transactions the generator wrote (as the refit would read them
 * back, ordered by customer and time) and stores every customer's value; answers the customers valued.
 */
export async function writeDemoCustomerValues(
  deps: Deps,
  organisation: OrganisationRow,
  asOf: Date,
  transactions: readonly TransactionDay[],
  progress: (stage: string, done: number, total: number) => void,
): Promise<number> {
  progress('customer value', 0, 1);
  const fit = await refitOrganisation(deps, organisation, { asOf, transactions });
  // A demo whose models do not converge is a broken demo: fail loudly rather than show empty pages.
  if (fit.status !== 'ok') throw new Error(`the demo CLV fit failed: ${fit.message}`);
  progress('customer value', 1, 1);
  return fit.customers;
}
