import { describe, expect, it } from "vitest";
import { backupFolderName } from "../../../scripts/backup-folder.ts";

describe("backupFolderName", () => {
  it("names a backup by its UTC time to the second, without colons, so names sort by time", () => {
    expect(backupFolderName(new Date("2026-11-26T11:45:03.517Z"))).toBe("2026-11-26T11-45-03Z");
    const names = ["2026-12-01T00:00:00Z", "2026-11-26T23:59:59Z"].map((at) => backupFolderName(new Date(at)));
    expect([...names].sort()).toEqual([names[1], names[0]]);
  });
});
