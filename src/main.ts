import "./styles/fonts.ts";
import "./styles/page.css";
