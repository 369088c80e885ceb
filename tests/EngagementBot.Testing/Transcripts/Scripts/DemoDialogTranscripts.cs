namespace EngagementBot.Testing.Transcripts.Scripts;

/// <summary>
/// Conversations with the demo dialog (<c>dialogs/demo.json</c>) that hold whatever carries the
/// turns: the dialog engine directly, or the host's whole turn pipeline. They check wording that
/// does not depend on today's date, and cards by their text only (not by template), so any card
/// binder passes; card presses send the data the real templates send (cards/README.md). Each
/// returns the script so more steps can follow.
/// </summary>
public static class DemoDialogTranscripts
{
    /// <summary>demo → name → reference → no animals (branch skips the form) → visit time.</summary>
    public static TranscriptScript UpToVisitTime(TranscriptScript script) => script
        .User("demo").BotSays(contains: "short name")
        .User("Practice 1").BotSays(contains: "case reference")
        .User("sc-0017-3").BotSays(contains: "animals")
        .User("no").BotSays(contains: "When is the visit");

    /// <summary>The whole demo without animals, ending with the summary card that carries the case reference.</summary>
    public static TranscriptScript WithoutAnimals(TranscriptScript script) => UpToVisitTime(script)
        .User("tomorrow 2pm").BotSays(contains: "14:00").BotSendsCard(contains: "When do you expect to be back")
        .User("tomorrow at 17:30").BotSays(contains: "17:30").BotSendsCard(contains: "Where will you meet?")
        .UserSubmits(new { command = "choice", prompt = "demo.venue", value = "neutral" }).BotSays(contains: "How many adults")
        .User("two").BotSendsCard(contains: "SC-0017-3", check: card =>
        {
            var text = CardView.Text(card);
            foreach (var expected in new[] { "Practice visit: Practice 1", "A neutral venue", "14:00", "17:30", "2" })
            {
                if (!text.Contains(expected, StringComparison.Ordinal))
                {
                    throw new TranscriptAssertionException($"summary lacks \"{expected}\"");
                }
            }
        });

    /// <summary>Answers "yes" to animals and fills the form card, then goes on to the visit time.</summary>
    public static TranscriptScript WithAnimalsByCard(TranscriptScript script) => script
        .User("demo").BotSays(contains: "short name")
        .User("Practice 2").BotSays(contains: "case reference")
        .User("SC-0017-3").BotSays(contains: "animals")
        .User("yes").BotSendsCard(contains: "About the animals")
        .UserSubmits(new { command = "submit", form = "demo.animalDetails", kind = "dog", secured = "false", notes = "" }).BotSays(contains: "When is the visit");

    /// <summary>Help explains the question and stays on it; back returns to the previous question; cancel ends kindly.</summary>
    public static TranscriptScript HelpBackCancel(TranscriptScript script) => script
        .User("demo").BotSays(contains: "short name")
        .User("Practice 3").BotSays(contains: "case reference")
        .User("help").BotSays(contains: "never a name")
        .User("back").BotSays(contains: "short name")
        .User("Practice 4").BotSays(contains: "case reference")
        .User("cancel").BotSays(contains: "stopped");
}
