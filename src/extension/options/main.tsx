import { render } from "preact";
import { Options } from "./Options";

const app = document.getElementById("app");
if (app !== null) render(<Options />, app);
