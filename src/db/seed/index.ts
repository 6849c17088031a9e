// The seeder's public surface (implementation in ../seed.ts, data generation in ./generate.ts).
export { seedDatabase, type SeedOptions, type SeedResult } from '../seed.js';
export { MIN_EMPLOYEES } from './generate.js';
