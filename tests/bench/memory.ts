// The server's memory, read from Linux's /proc: resident set now (VmRSS) and its peak (VmHWM).
// Writing 5 to clear_refs resets the peak, so the peak after one request is that request's.
import { existsSync, readFileSync, writeFileSync } from "node:fs";

const MB = 1024 * 1024;

function statusField(pid: number, field: "VmRSS" | "VmHWM"): number | null {
  const path = `/proc/${pid}/status`;
  if (!existsSync(path)) return null;
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(readFileSync(path, "utf8"));
  return match ? (Number(match[1]) * 1024) / MB : null;
}

/** Tracks one process's memory across peak resets, keeping the highest peak seen. */
export class MemoryWatch {
  private highest = 0;

  constructor(private readonly pid: number) {}

  rssMb(): number | null {
    return statusField(this.pid, "VmRSS");
  }

  peakMb(): number | null {
    const peak = statusField(this.pid, "VmHWM");
    if (peak !== null) this.highest = Math.max(this.highest, peak);
    return peak;
  }

  /** The peak since the process started, over every reset. */
  highestMb(): number {
    this.peakMb();
    return this.highest;
  }

  /**
   * Runs `work` with the peak reset first: returns the resident set before, the peak during, and
   * the rise (peak minus before). Without /proc (not Linux) all three are null.
   */
  async during<T>(
    work: () => Promise<T>,
  ): Promise<{ result: T; beforeMb: number | null; peakMb: number | null; riseMb: number | null }> {
    this.peakMb();
    const beforeMb = this.rssMb();
    try {
      writeFileSync(`/proc/${this.pid}/clear_refs`, "5");
    } catch {
      // No reset: the peak read afterwards may be older than this request.
    }
    const result = await work();
    const peakMb = this.peakMb();
    const riseMb = beforeMb !== null && peakMb !== null ? Math.max(0, peakMb - beforeMb) : null;
    return { result, beforeMb, peakMb, riseMb };
  }

  alive(): boolean {
    return existsSync(`/proc/${this.pid}`);
  }
}
