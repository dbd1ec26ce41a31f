import { render } from "preact";
import { Blocked } from "./Blocked";

const app = document.getElementById("app");
if (app !== null) render(<Blocked />, app);
