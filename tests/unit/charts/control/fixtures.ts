/** A date inside each control state's stretch of the story ("complete": the last day). */
export const STATE_DATES: Record<string, string> = {
  start: "2016-11-15",
  hanano: "2016-11-26",
  "airport-road": "2016-12-02",
  "old-city": "2016-12-06",
  river: "2016-12-13",
  pocket: "2016-12-14",
  complete: "2016-12-23",
};

/** The canvases of a 320×568 phone, a short phone, a 390×844 phone and the desktop. */
export const SIZES = [
  { width: 296, height: 155 },
  { width: 296, height: 189 },
  { width: 366, height: 293 },
  { width: 690, height: 640 },
];
