import { describe, expect, it } from "vitest";
import { type HostEvent, type HostMode, nextHostMode } from "../../../src/embed/hostMode.ts";

const modeAfter = (events: HostEvent[], from: HostMode = "waiting") =>
  events.reduce(nextHostMode, from);

describe("nextHostMode(mode, event)", () => {
  it("follows a host that answers, then reports a scroll of its own (trackscroll)", () => {
    expect(modeAfter(["answer"])).toBe("answered");
    expect(modeAfter(["answer", "scroll"])).toBe("driven");
  });

  it("keeps the list for a host that answers but never reports a scroll", () => {
    expect(modeAfter(["answer", "timeout"])).toBe("answered");
  });

  it("settles as a list when the host never answers in time, whatever comes later", () => {
    expect(modeAfter(["timeout"])).toBe("list");
    expect(modeAfter(["timeout", "answer", "scroll"])).toBe("list");
  });

  it("follows a host whose scroll report arrives before its answer", () => {
    expect(modeAfter(["scroll"])).toBe("driven");
    expect(modeAfter(["scroll", "answer", "timeout"])).toBe("driven");
  });
});
