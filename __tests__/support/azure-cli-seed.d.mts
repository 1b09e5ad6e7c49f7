// Types of azure-cli-seed.mjs (plain JavaScript for Jest's global setup), for azure-cli.ts.
export declare const AZ_SEED_VARIABLE: string
export declare function buildAzSeed(): Promise<string | undefined>
export declare function seedAzConfig(configDir: string): void
export declare function removeAzSeed(): void
