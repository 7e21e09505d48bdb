/** The Centric data layer: schema, migrations, the database opener and repositories. */
export * from './database';
export * from './migrate';
export * as schema from './schema';
