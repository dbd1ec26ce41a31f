/**
 * Sections other features add to the admin page, after the rules in effect. Each is a component
 * that gets the policy view; add one by importing it here and appending it to the list.
 */
import type { ComponentType } from "preact";
import type { PolicyView } from "../shared/messages";

export const EXTRA_SECTIONS: ComponentType<{ view: PolicyView }>[] = [];
