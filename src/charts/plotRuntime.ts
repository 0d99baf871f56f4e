/**
 * Observable Plot and the d3 modules under it, loaded on their own before the chart code:
 * the largest piece of script the page runs is then evaluated in a task of its own, and the
 * charts' modules, their records and their first drawings each in later ones.
 */
export { plot } from "@observablehq/plot";
