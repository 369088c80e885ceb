namespace EngagementBot.Dialogs.Tests.TestDoubles;

/// <summary>Small definitions that each exercise a few step kinds.</summary>
public static class TestDefinitions
{
    public const string Questions = """
    {
      "id": "questions",
      "title": "the question test",
      "triggers": { "utterances": ["questions", "ask me things"], "commands": ["questions"] },
      "steps": [
        { "id": "name", "kind": "text", "label": "Name", "prompt": "What's the label?", "maxLength": 10, "help": "A short label." },
        { "id": "ok", "kind": "yesNo", "label": "OK", "prompt": "Is it OK?" },
        { "id": "colour", "kind": "choice", "label": "Colour", "prompt": { "text": "Which colour?", "card": "prompt-choice", "data": { "style": "compact" } },
          "options": [ { "value": "red", "title": "Red" }, { "value": "green", "title": "Green", "synonyms": ["verde"] }, { "value": "blue", "title": "Dark blue" } ] },
        { "id": "count", "kind": "number", "label": "Count", "prompt": "How many?", "min": 1, "max": 5 },
        { "id": "when", "kind": "dateTime", "label": "When", "prompt": "When for {name}?", "constraint": "future" },
        { "id": "day", "kind": "dateTime", "label": "Day", "prompt": "Which day?", "precision": "day", "constraint": "past" },
        { "id": "ref", "kind": "caseReference", "label": "Reference", "prompt": "Case reference?" },
        { "id": "wrap", "kind": "summary", "title": "Summary for {name}" }
      ]
    }
    """;

    public const string Form = """
    {
      "id": "form",
      "title": "the form test",
      "triggers": { "utterances": ["form"] },
      "steps": [
        { "id": "details", "kind": "form", "title": "Details", "submitTitle": "Save", "help": "Tell me the details.",
          "fields": [
            { "id": "what", "kind": "text", "label": "What", "prompt": "What is it?" },
            { "id": "safe", "kind": "yesNo", "label": "Safe", "prompt": "Is it safe?" },
            { "id": "size", "kind": "choice", "label": "Size", "options": [ { "value": "s", "title": "Small" }, { "value": "l", "title": "Large" } ] },
            { "id": "people", "kind": "number", "label": "People", "min": 0, "max": 9 },
            { "id": "on", "kind": "date", "label": "Date" },
            { "id": "at", "kind": "time", "label": "Time" },
            { "id": "note", "kind": "text", "label": "Note", "prompt": "Any note?", "required": false }
          ] },
        { "id": "after", "kind": "yesNo", "prompt": "All done?" },
        { "id": "wrap", "kind": "summary", "title": "Form summary" }
      ]
    }
    """;

    public const string Branching = """
    {
      "id": "branching",
      "title": "the branch test",
      "triggers": { "utterances": ["branching"] },
      "steps": [
        { "id": "risky", "kind": "yesNo", "prompt": "Is it risky?" },
        { "id": "route", "kind": "branch", "if": { "answer": "risky", "equals": true }, "goto": "why", "else": "count" },
        { "id": "never", "kind": "text", "prompt": "This is never asked." },
        { "id": "why", "kind": "text", "prompt": "Why is it risky?" },
        { "id": "count", "kind": "number", "prompt": "How many people?" },
        { "id": "many", "kind": "branch", "if": { "all": [ { "answer": "count", "atLeast": 3 }, { "not": { "answer": "risky", "equals": true } } ] }, "goto": "end" },
        { "id": "last", "kind": "yesNo", "prompt": "Last question?" }
      ],
      "completion": "Branch test finished."
    }
    """;

    public const string Multi = """
    {
      "id": "multi",
      "title": "the multi-select test",
      "triggers": { "utterances": ["multi"] },
      "steps": [
        { "id": "what", "kind": "choice", "multiple": true, "optionsFrom": "behaviours", "label": "What happened", "prompt": "What happened?" },
        { "id": "colours", "kind": "choice", "multiple": true, "required": false, "label": "Colours", "prompt": "Which colours?",
          "options": [ { "value": "red", "title": "Red" }, { "value": "blue", "title": "Blue" } ] },
        { "id": "wrap", "kind": "summary", "title": "Multi summary", "facts": [ { "label": "What", "value": "{what}" }, { "label": "Colours", "value": "{colours}" } ] }
      ]
    }
    """;

    public const string Pack = """
    {
      "id": "pack",
      "title": "the pack test",
      "triggers": { "utterances": ["pack"] },
      "steps": [
        { "id": "ref", "kind": "caseReference", "prompt": "Case reference?" },
        { "id": "pre", "kind": "packQuestions", "group": "pre-contact", "prompt": "Now the questions from your procedure." },
        { "id": "wrap", "kind": "summary", "title": "Pack summary", "facts": [ { "label": "Case", "value": "{ref}" }, { "label": "Hostile", "value": "{pre.hostile}" } ] }
      ]
    }
    """;

    public const string PackPath = """
    {
      "id": "walk",
      "title": "the walk test",
      "triggers": { "utterances": ["walk"] },
      "steps": [
        { "id": "ref", "kind": "caseReference", "prompt": "Case reference?" },
        { "id": "path", "kind": "packPath", "graph": "escalation", "prompt": "Let's walk the path.", "help": "These come from your procedure." },
        { "id": "wrap", "kind": "summary", "title": "Walk summary", "facts": [ { "label": "Case", "value": "{ref}" }, { "label": "Worried", "value": "{path.worried}" } ] }
      ]
    }
    """;

    public const string PackForm = """
    {
      "id": "packform",
      "title": "the pack form test",
      "triggers": { "utterances": ["pack form"] },
      "steps": [
        { "id": "ref", "kind": "caseReference", "prompt": "Case reference?" },
        { "id": "pre", "kind": "packQuestions", "groups": ["history", "travel"], "asForm": true, "title": "Before visiting {ref}", "submitTitle": "Done",
          "prompt": "Answer each one as best you can.", "help": "These come from your procedure." },
        { "id": "thanks", "kind": "message", "text": "Thanks — that's everything for {ref}." },
        { "id": "after", "kind": "yesNo", "prompt": "All done?" },
        { "id": "wrap", "kind": "summary", "title": "Pack form summary" }
      ]
    }
    """;

    public const string Message = """
    {
      "id": "message",
      "title": "the message test",
      "triggers": { "utterances": ["message"] },
      "steps": [
        { "id": "name", "kind": "text", "prompt": "Which label?" },
        { "id": "hello", "kind": "message", "text": "Noted: {name}." },
        { "id": "ok", "kind": "yesNo", "prompt": "Is that right?" },
        { "id": "wrong", "kind": "branch", "if": { "answer": "ok", "equals": false }, "goto": "sorry" },
        { "id": "bye", "kind": "message", "text": "Good — {name} it is." },
        { "id": "done", "kind": "branch", "if": { "answer": "ok", "equals": true }, "goto": "end" },
        { "id": "sorry", "kind": "message", "text": "Sorry about that." },
        { "id": "wrap", "kind": "summary", "title": "Message summary" }
      ],
      "completion": "Finished."
    }
    """;

    public const string Parent = """
    {
      "id": "parent",
      "title": "the parent test",
      "triggers": { "utterances": ["parent"] },
      "steps": [
        { "id": "p1", "kind": "text", "prompt": "Parent first?" },
        { "id": "kid", "kind": "beginDialog", "dialog": "child" },
        { "id": "p2", "kind": "yesNo", "prompt": "Parent second?" },
        { "id": "wrap", "kind": "summary", "title": "Parent summary", "facts": [ { "label": "Child said", "value": "{kid.c1}" }, { "label": "Child agreed", "value": "{kid.c2}" } ] }
      ]
    }
    """;

    public const string Child = """
    {
      "id": "child",
      "title": "the child test",
      "steps": [
        { "id": "c1", "kind": "text", "prompt": "Child first?" },
        { "id": "c2", "kind": "yesNo", "prompt": "Child second?" }
      ]
    }
    """;

    public const string Action = """
    {
      "id": "action",
      "title": "the action test",
      "triggers": { "utterances": ["action"] },
      "steps": [
        { "id": "hostile", "kind": "yesNo", "prompt": "Any hostility?" },
        { "id": "assess", "kind": "action", "action": "assess", "arguments": { "scale": "three" } },
        { "id": "route", "kind": "branch", "if": { "answer": "assess.level", "equals": "high" }, "goto": "joint" },
        { "id": "alone", "kind": "yesNo", "prompt": "Going alone then?" },
        { "id": "joint", "kind": "text", "prompt": "Who goes with you?" }
      ]
    }
    """;
}
