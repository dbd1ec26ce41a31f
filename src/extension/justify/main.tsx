import { render } from "preact";
import { Justify } from "./Justify";

const app = document.getElementById("app");
if (app !== null) render(<Justify />, app);
