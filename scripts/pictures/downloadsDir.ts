/** Where the files made for editors to download (pictures as SVG, tables as CSV) go, in dist/. */
export const DOWNLOADS_DIR = "downloads";
