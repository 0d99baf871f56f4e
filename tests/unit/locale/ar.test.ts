import { describe, expect, it } from "vitest";
import {
  AR_DIGITS,
  AR_MONTHS,
  AR_MONTHS_PAN_ARAB,
  formatDateAr,
  formatNumberAr,
  westernDigits,
} from "../../../src/locale/ar.ts";

describe("the Arabic edition's months and digits", () => {
  it("names the months as Syrians do, January first, with the pan-Arab names beside them", () => {
    expect(AR_MONTHS).toHaveLength(12);
    expect(AR_MONTHS_PAN_ARAB).toHaveLength(12);
    expect(AR_MONTHS[10]).toBe("تشرين الثاني");
    expect(AR_MONTHS[11]).toBe("كانون الأول");
    expect(AR_MONTHS[0]).toBe("كانون الثاني");
    expect(AR_MONTHS_PAN_ARAB[11]).toBe("ديسمبر");
    expect(new Set(AR_MONTHS).size).toBe(12);
  });

  it("writes a date with the day first, and the year only when asked", () => {
    expect(formatDateAr("2016-12-15")).toBe("15 كانون الأول 2016");
    expect(formatDateAr("2016-11-26", { year: false })).toBe("26 تشرين الثاني");
  });

  it("writes figures in Western digits, a comma between thousands, as the charts do", () => {
    expect(AR_DIGITS).toBe("western");
    expect(formatNumberAr(34000)).toBe("34,000");
    expect(formatNumberAr(3.5)).toBe("3.5");
    expect(formatNumberAr(614)).toBe("614");
  });

  it("reads Arabic-Indic and Persian digits and separators as the edition's own", () => {
    expect(westernDigits("٣٤٬٠٠٠ و٣٫٥ و۱۲")).toBe("34,000 و3.5 و12");
    expect(westernDigits("0123456789")).toBe("0123456789");
  });
});
