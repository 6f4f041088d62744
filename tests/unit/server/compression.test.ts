import type { Request, Response } from "express";
import { describe, expect, it, vi } from "vitest";
import { coalesceFlushes } from "../../../server/compression.ts";

const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

describe("coalesceFlushes", () => {
  it("flushes once per burst of writes, and again for the next burst", async () => {
    const flush = vi.fn();
    const response = { flush } as unknown as Response & { flush: () => void };
    const next = vi.fn();
    coalesceFlushes({} as Request, response, next);
    expect(next).toHaveBeenCalledOnce();

    for (let chunk = 0; chunk < 40; chunk++) response.flush(); // Remix: one flush per 2 kB chunk
    expect(flush).not.toHaveBeenCalled();
    await nextTurn();
    expect(flush).toHaveBeenCalledOnce();

    response.flush(); // data that arrives later (deferred) still goes out without waiting for more
    await nextTurn();
    expect(flush).toHaveBeenCalledTimes(2);
  });

  it("leaves a response without compression alone", () => {
    const response = {} as Response;
    coalesceFlushes({} as Request, response, () => {});
    expect("flush" in response).toBe(false);
  });
});
