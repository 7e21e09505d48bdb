import type { ImportRow } from '@centric/core/imports/import-row';
import type { Read } from '@centric/core/imports/import-values';
import { type SurveyKind, scoreOutsideScale } from '@centric/core/surveys/survey-kinds';
import { insertChannel, insertSegment } from '@centric/db/catalogue/catalogue.repository';
import { insertCustomer } from '@centric/db/customers/customer.repository';
import type { Executor } from '@centric/db/database';
import {
  type CustomerMatch,
  loadImportCatalogue,
  loadPeopleByEmail,
  matchImportCustomers,
} from '@centric/db/imports/import-lookup.repository';
import { insertSurvey } from '@centric/db/surveys/survey.repository';
import { insertUnit } from '@centric/db/units/unit.repository';
import { v7 as uuidv7 } from 'uuid';

type Kind = 'survey' | 'channel' | 'segment' | 'unit';
type Entry = { id: string; kind?: SurveyKind } | 'ambiguous';

/** What a row resolves to: the ids a response is written with (a customer id may still be drawn on write). */
export interface ResolvedRow {
  row: ImportRow;
  surveyId: string;
  channelId: string | null;
  segmentId: string | null;
  unitId: string | null;
  employeeId: string | null;
  customer: CustomerMatch | { create: { externalId: string | null; email: string | null } } | null;
}

/** The customers of one chunk, looked up at once. */
export type ChunkCustomers = Awaited<ReturnType<typeof matchImportCustomers>>;

/** What an import creates when asked to (`createMissing`), by name, and how many customers. */
export interface MissingNames {
  surveys: string[];
  channels: string[];
  segments: string[];
  units: string[];
}

const LABEL: Record<Kind, string> = {
  survey: 'survey',
  channel: 'channel',
  segment: 'segment',
  unit: 'unit',
};

/**
 * Resolves an import's names (survey, channel, segment, unit by name; employees by e-mail; customers by their
 * external id or e-mail) to ids. Names not found are bad lines, or — with `createMissing` — remembered in the
 * check and created in the import's transaction as the chunks naming them are written.
 */
export class ImportResolver {
  readonly #maps: Record<Kind, Map<string, Entry>> = {
    survey: new Map(),
    channel: new Map(),
    segment: new Map(),
    unit: new Map(),
  };
  readonly #missing: Record<Kind, Map<string, string>> = {
    survey: new Map(),
    channel: new Map(),
    segment: new Map(),
    unit: new Map(),
  };
  /** Customers created by this import, by their key, so a later chunk reuses them. */
  readonly #createdCustomers = new Map<string, CustomerMatch>();
  #customersToCreate = new Set<string>();
  #people = new Map<string, string>();

  private constructor(
    readonly organisationId: string,
    readonly options: { createMissing: boolean; newSurveyKind: SurveyKind },
  ) {}

  /** Loads the organisation's names. */
  static async load(
    db: Executor,
    organisationId: string,
    options: { createMissing: boolean; newSurveyKind: SurveyKind },
  ): Promise<ImportResolver> {
    const resolver = new ImportResolver(organisationId, options);
    const catalogue = await loadImportCatalogue(db, organisationId);
    for (const s of catalogue.surveys) resolver.#add('survey', s.name, { id: s.id, kind: s.kind });
    for (const c of catalogue.channels) resolver.#add('channel', c.name, { id: c.id });
    for (const g of catalogue.segments) resolver.#add('segment', g.name, { id: g.id });
    for (const u of catalogue.units) resolver.#add('unit', u.name, { id: u.id });
    resolver.#people = await loadPeopleByEmail(db, organisationId);
    return resolver;
  }

  #add(kind: Kind, name: string, entry: { id: string; kind?: SurveyKind }) {
    const key = name.trim().toLowerCase();
    this.#maps[kind].set(key, this.#maps[kind].has(key) ? 'ambiguous' : entry);
  }

  /** The names found missing so far: created by the applying import, or that a check would create. */
  missing(): MissingNames & { customers: number } {
    const names = (k: Kind) => [...this.#missing[k].values()];
    return {
      surveys: names('survey'),
      channels: names('channel'),
      segments: names('segment'),
      units: names('unit'),
      customers: this.#customersToCreate.size,
    };
  }

  /** Looks up the customers a chunk of rows names. */
  async customersOf(db: Executor, rows: readonly ImportRow[]): Promise<ChunkCustomers> {
    const ids = new Set<string>();
    const emails = new Set<string>();
    for (const r of rows) {
      if (r.customerId) ids.add(r.customerId);
      else if (r.customerEmail) emails.add(r.customerEmail);
    }
    return matchImportCustomers(db, this.organisationId, [...ids], [...emails]);
  }

  #name(kind: Kind, name: string | null): Read<string | null> {
    if (name === null) return { ok: true, value: null };
    const key = name.toLowerCase();
    const found = this.#maps[kind].get(key);
    if (found === 'ambiguous')
      return {
        ok: false,
        error: `${LABEL[kind]} "${name}" is ambiguous: several ${LABEL[kind]}s have this name`,
      };
    if (found) return { ok: true, value: found.id };
    if (!this.options.createMissing)
      return {
        ok: false,
        error: `${LABEL[kind]} "${name}" does not exist (create it first, or import with --create-missing)`,
      };
    if (!this.#missing[kind].has(key)) this.#missing[kind].set(key, name);
    return { ok: true, value: '' };
  }

  /** Resolves a row; a name still to be created resolves to '' (filled in by prepareForWrite). */
  resolve(row: ImportRow, customers: ChunkCustomers): Read<ResolvedRow> {
    if (row.survey === null) return { ok: false, error: 'survey is empty' };
    const survey = this.#name('survey', row.survey);
    if (!survey.ok) return survey;
    const entry = this.#maps.survey.get(row.survey.toLowerCase());
    const kind = entry && entry !== 'ambiguous' ? entry.kind! : this.options.newSurveyKind;
    const outside = scoreOutsideScale(kind, row.score);
    if (outside) return { ok: false, error: `${outside} of survey "${row.survey}"` };
    const channel = this.#name('channel', row.channel);
    if (!channel.ok) return channel;
    const segment = this.#name('segment', row.segment);
    if (!segment.ok) return segment;
    const unit = this.#name('unit', row.unit);
    if (!unit.ok) return unit;
    let employeeId: string | null = null;
    if (row.employeeEmail) {
      employeeId = this.#people.get(row.employeeEmail) ?? null;
      if (!employeeId)
        return {
          ok: false,
          error: `employee_email ${row.employeeEmail} is not a person of this organisation`,
        };
    }
    let customer: ResolvedRow['customer'] = null;
    if (row.customerId || row.customerEmail) {
      const key = customerKey(row);
      const found = row.customerId
        ? customers.byExternalId.get(row.customerId)
        : customers.byEmail.get(row.customerEmail!);
      const created = this.#createdCustomers.get(key);
      if (found ?? created) customer = (found ?? created)!;
      else if (!this.options.createMissing)
        return {
          ok: false,
          error: `${row.customerId ? `customer_id "${row.customerId}"` : `customer e-mail ${row.customerEmail}`} is not a customer of this organisation (import with --create-missing to add them)`,
        };
      else {
        this.#customersToCreate.add(key);
        customer = { create: { externalId: row.customerId, email: row.customerEmail } };
      }
    }
    return {
      ok: true,
      value: {
        row,
        surveyId: survey.value ?? '',
        channelId: channel.value,
        segmentId: segment.value,
        unitId: unit.value,
        employeeId,
        customer,
      },
    };
  }

  /**
   * Makes a chunk of resolved rows ready to write (applying, in the import's transaction): creates the surveys,
   * channels, segments, units and customers it names that do not exist yet, and fills in their ids. Answers how
   * many customers it created.
   */
  async prepareForWrite(tx: Executor, rows: ResolvedRow[], now: Date): Promise<number> {
    if (this.options.createMissing) {
      await this.#createMissingNames(tx, now);
      for (const r of rows) {
        if (r.surveyId === '') r.surveyId = this.#created('survey', r.row.survey);
        if (r.channelId === '') r.channelId = this.#created('channel', r.row.channel);
        if (r.segmentId === '') r.segmentId = this.#created('segment', r.row.segment);
        if (r.unitId === '') r.unitId = this.#created('unit', r.row.unit);
      }
    }
    return this.#createCustomers(tx, rows, now);
  }

  #created(kind: Kind, name: string | null): string {
    const entry = this.#maps[kind].get((name ?? '').toLowerCase());
    if (!entry || entry === 'ambiguous') throw new Error(`the import did not create ${kind} "${name}"`);
    return entry.id;
  }

  /** Creates the names found missing so far and not created yet; they stay listed in `missing()`. */
  async #createMissingNames(tx: Executor, now: Date): Promise<void> {
    const org = this.organisationId;
    const pending = (kind: Kind) =>
      [...this.#missing[kind].entries()].filter(([key]) => !this.#maps[kind].has(key));
    for (const [key, name] of pending('survey')) {
      // A survey made by an import holds history asked elsewhere: closed, so no one is invited to it.
      const row = await insertSurvey(tx, {
        organisationId: org,
        name,
        kind: this.options.newSurveyKind,
        status: 'closed',
        createdAt: now,
        updatedAt: now,
      });
      this.#maps.survey.set(key, { id: row.id, kind: row.kind });
    }
    for (const [key, name] of pending('channel')) {
      const row = await insertChannel(tx, { organisationId: org, name, createdAt: now, updatedAt: now });
      this.#maps.channel.set(key, { id: row!.id });
    }
    for (const [key, name] of pending('segment')) {
      const row = await insertSegment(tx, { organisationId: org, name, createdAt: now, updatedAt: now });
      this.#maps.segment.set(key, { id: row!.id });
    }
    for (const [key, name] of pending('unit')) {
      // Created at the root as a team: an admin moves it into the tree afterwards.
      const row = await insertUnit(
        tx,
        {
          id: uuidv7(),
          organisationId: org,
          name,
          kind: 'team',
          parentId: null,
          createdAt: now,
          updatedAt: now,
        },
        null,
      );
      this.#maps.unit.set(key, { id: row.id });
    }
  }

  /** Creates the customers of a chunk that do not exist yet and sets their ids. */
  async #createCustomers(tx: Executor, rows: ResolvedRow[], now: Date): Promise<number> {
    let created = 0;
    for (const r of rows) {
      if (!r.customer || !('create' in r.customer)) continue;
      const key = customerKey(r.row);
      let match = this.#createdCustomers.get(key);
      if (!match) {
        const row = await insertCustomer(tx, {
          organisationId: this.organisationId,
          externalId: r.customer.create.externalId,
          email: r.customer.create.email,
          createdAt: now,
          updatedAt: now,
        });
        match = { id: row.id, segmentId: row.segmentId, homeUnitId: row.homeUnitId };
        this.#createdCustomers.set(key, match);
        created += 1;
      }
      r.customer = match;
    }
    return created;
  }
}

function customerKey(row: ImportRow): string {
  return row.customerId ? `id:${row.customerId}` : `email:${row.customerEmail}`;
}
