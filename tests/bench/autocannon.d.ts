declare module "autocannon" {
  type Options = {
    url: string;
    connections?: number;
    duration?: number;
    /** Seconds before a request counts as a timeout (and an error). */
    timeout?: number;
    headers?: Record<string, string>;
  };
  type Histogram = { average: number; total: number; p50: number; p99: number; max: number };
  type Result = {
    requests: Histogram;
    latency: Histogram;
    throughput: Histogram;
    /** Seconds the measurement ran. */
    duration: number;
    non2xx: number;
    /** Failed requests, timeouts included. */
    errors: number;
    timeouts: number;
  };
  export default function autocannon(options: Options): Promise<Result>;
}
