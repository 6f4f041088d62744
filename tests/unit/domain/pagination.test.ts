import { describe, expect, it } from "vitest";
import { pageSlice } from "#app/domain/pagination.ts";

describe("pageSlice", () => {
  it("covers every row exactly once when its pages are walked", () => {
    for (const [total, size] of [
      [0, 25],
      [1, 25],
      [25, 25],
      [26, 25],
      [1006, 25],
      [1006, 100],
    ] as const) {
      const { pageCount } = pageSlice(1, size, total);
      const seen: number[] = [];
      for (let page = 1; page <= pageCount; page += 1) {
        const slice = pageSlice(page, size, total);
        for (let row = slice.offset; row < Math.min(total, slice.offset + size); row += 1) seen.push(row);
      }
      expect(seen).toEqual([...Array(total).keys()]);
    }
  });

  it("lands a page past the end on the last page and one below 1 on the first", () => {
    expect(pageSlice(99, 25, 60)).toEqual({ page: 3, pageCount: 3, pageSize: 25, total: 60, offset: 50 });
    expect(pageSlice(0, 25, 60)).toMatchObject({ page: 1, offset: 0 });
    expect(pageSlice(-4, 25, 60)).toMatchObject({ page: 1, offset: 0 });
    expect(pageSlice(Number.NaN, 25, 60)).toMatchObject({ page: 1, offset: 0 });
    expect(pageSlice(1, 25, 0)).toEqual({ page: 1, pageCount: 1, pageSize: 25, total: 0, offset: 0 });
  });

  it("refuses a page size that would divide by nothing", () => {
    expect(() => pageSlice(1, 0, 10)).toThrow(RangeError);
  });
});
