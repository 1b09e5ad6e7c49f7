// Types of azure-cli-seed.mjs (plain JavaScript for Jest's global setup), for azure-cli.ts.
export declare const AZ_SEED_VARIABLE: string
export declare const AZ_SEED_CLAIM: string
export declare function makeAzSeedFolder(): void
export declare function seedAzConfig(configDir: string): Promise<void>
export declare function removeAzSeed(): void
