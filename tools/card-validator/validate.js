// Reads [{ "name": ..., "card": {...} }] from the file named on the command line and parses each card with the
// official Adaptive Cards library for schema version 1.5. Prints [{ "name", "errors": [...] }] as JSON.
const fs = require("fs");
const AC = require("adaptivecards/dist/adaptivecards.js");

const cards = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
const results = cards.map(({ name, card }) => {
  const context = new AC.SerializationContext(AC.Versions.v1_5);
  const parsed = new AC.AdaptiveCard();
  parsed.parse(card, context);
  const errors = [];
  for (let i = 0; i < context.eventCount; i++) {
    const e = context.getEventAt(i);
    errors.push(`${AC.ValidationEvent[e.event] ?? e.event}: ${e.message}`);
  }
  for (const e of parsed.validateProperties().validationEvents) {
    errors.push(`${AC.ValidationEvent[e.event] ?? e.event}: ${e.message}`);
  }
  return { name, errors };
});
process.stdout.write(JSON.stringify(results));
