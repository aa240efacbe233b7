/** Types minimaux d'autocannon 9 (le paquet n'en fournit pas) : seulement ce qu'utilise bench/api.bench.ts. */
declare module 'autocannon' {
  interface Options {
    url: string;
    method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
    headers?: Record<string, string>;
    body?: string;
    connections?: number;
    pipelining?: number;
    duration?: number;
    timeout?: number;
  }
  interface Statistiques {
    average: number;
    mean: number;
    stddev: number;
    min: number;
    max: number;
    total: number;
    p50: number;
    p90: number;
    p97_5: number;
    p99: number;
  }
  interface Resultat {
    duration: number;
    errors: number;
    timeouts: number;
    non2xx: number;
    resets: number;
    '2xx': number;
    latency: Statistiques;
    requests: Statistiques & { sent: number };
    throughput: Statistiques;
  }
  function autocannon(options: Options): Promise<Resultat>;
  export default autocannon;
}
