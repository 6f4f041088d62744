import { describe, expect, it } from "vitest";
import { pageBounds, pageOf, pageWindow, sortRows } from "#app/domain/paging.ts";

// Moved here from tests/unit/components/audit-pagination.test.ts with pageWindow itself, which the
// audit log and the chair's other lists now share; the assertions are the same.
describe("page links", () => {
  it("link every page when there are few", () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(2, 4)).toEqual([1, 2, 3, 4]);
  });

  it("keep the first, the last and the neighbours of the current page, with gaps between", () => {
    expect(pageWindow(10, 20)).toEqual([1, "gap", 8, 9, 10, 11, 12, "gap", 20]);
    expect(pageWindow(1, 20)).toEqual([1, 2, 3, "gap", 20]);
    expect(pageWindow(20, 20)).toEqual([1, "gap", 18, 19, 20]);
    expect(pageWindow(4, 20)).toEqual([1, 2, 3, 4, 5, 6, "gap", 20]);
  });
});

describe("a requested page", () => {
  it("lies at its offset, with the page count rounded up", () => {
    expect(pageBounds(2000, 3, 50)).toEqual({ page: 3, pageCount: 40, total: 2000, pageSize: 50, offset: 100 });
    expect(pageBounds(101, 3, 50)).toEqual({ page: 3, pageCount: 3, total: 101, pageSize: 50, offset: 100 });
  });

  it("past the end shows the last page, before the first the first, and an empty list one empty page", () => {
    expect(pageBounds(120, 99, 50)).toMatchObject({ page: 3, offset: 100 });
    expect(pageBounds(120, 0, 50)).toMatchObject({ page: 1, offset: 0 });
    expect(pageBounds(120, -4, 50)).toMatchObject({ page: 1, offset: 0 });
    expect(pageBounds(120, Number.NaN, 50)).toMatchObject({ page: 1, offset: 0 });
    expect(pageBounds(0, 5, 50)).toEqual({ page: 1, pageCount: 1, total: 0, pageSize: 50, offset: 0 });
  });

  it("of rows in memory: walking every page yields every row exactly once", () => {
    const rows = Array.from({ length: 123 }, (_, index) => index);
    const { page } = pageOf(rows, 1, 50);
    const walked = Array.from({ length: page.pageCount }, (_, index) => pageOf(rows, index + 1, 50).rows).flat();
    expect(page.pageCount).toBe(3);
    expect(walked).toEqual(rows);
    expect(pageOf(rows, 3, 50).rows).toHaveLength(23);
  });
});

describe("sorting a list", () => {
  const jurors = [
    { id: "a", name: "Øystein", done: 2 },
    { id: "b", name: "Anne", done: 5 },
    { id: "c", name: "Åse", done: 2 },
    { id: "d", name: "Bjørn", done: 2 },
  ];

  it("sorts names the Norwegian way, æ ø å last, either way round", () => {
    expect(sortRows(jurors, (row) => row.name, "asc").map((row) => row.name)).toEqual([
      "Anne",
      "Bjørn",
      "Øystein",
      "Åse",
    ]);
    expect(sortRows(jurors, (row) => row.name, "desc").map((row) => row.id)).toEqual(["c", "a", "d", "b"]);
  });

  it("keeps equal keys in the order given, in both directions, so paging is stable", () => {
    expect(sortRows(jurors, (row) => row.done, "asc").map((row) => row.id)).toEqual(["a", "c", "d", "b"]);
    expect(sortRows(jurors, (row) => row.done, "desc").map((row) => row.id)).toEqual(["b", "a", "c", "d"]);
    expect(jurors.map((row) => row.id)).toEqual(["a", "b", "c", "d"]);
  });
});
