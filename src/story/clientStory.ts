/** What the build hands the browser about each beat: enough to drive the graphic. */
export interface ClientBeat {
  id: string;
  graphic: string;
  state: string;
  date: string;
  highlight: string[];
  /** The state's one-sentence description, announced when the beat becomes active. */
  description: string;
  title: string;
  /** Static pictures of the state, shown until the chart code is loaded. */
  narrow: string;
  wide: string;
}

export interface ClientStory {
  beats: ClientBeat[];
}
