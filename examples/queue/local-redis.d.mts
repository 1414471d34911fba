/** Types of local-redis.mjs (for the test, written in TypeScript). */
export function hasRedisServer(): boolean;
export function startRedis(options?: { timeoutMs?: number }): Promise<{ url: string; port: number; stop: () => Promise<void> }>;
