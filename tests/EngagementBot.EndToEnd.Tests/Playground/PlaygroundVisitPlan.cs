using System.Text.Json.Nodes;
using EngagementBot.Testing.Transcripts;

namespace EngagementBot.EndToEnd.Tests.Playground;

/// <summary>
/// Alex planning a visit in the Playground on the real clock: starting in a minute at the family's
/// home (<see cref="Location"/>), back two minutes from now (so the session's deadline is at most two
/// minutes away), reachable on <see cref="Phone"/>, answering the shipped pack's cards with
/// <see cref="Answers"/> (harmless unless a test changes some). Keeps the cards it saw.
/// </summary>
public sealed class PlaygroundVisitPlan(string caseReference)
{
    public const string Location = "14 Example Road, Pontypridd";

    public const string Phone = "07700 900123";

    public string CaseReference { get; } = caseReference;

    public Dictionary<string, string> Answers { get; } = PackCards.SafeAnswers(PackCards.Shipped());

    public JsonNode? RiskCard { get; private set; }

    public JsonNode? SummaryCard { get; private set; }

    /// <summary>"plan a visit" up to the phone number; what the bot says next (warnings on the case, or the first pack card) is left to the caller.</summary>
    public TranscriptScript UpToPhone(TranscriptScript script) => script
        .User("plan a visit").BotSays(contains: "What's the case reference?")
        .User(CaseReference).BotSays(contains: "When is the visit?")
        .User("in 1 minute").BotSays(contains: "Got it:").BotSendsCard(contains: "Where will you meet?")
        .UserSubmits(new { command = "choice", prompt = "plan-visit.venue", value = "home" }).BotSays(contains: "When do you expect to be finished")
        .User("in 2 minutes").BotSays(contains: "Where exactly will you be")
        .User(Location).BotSays(contains: "a mobile number to reach you on during the visit")
        .User(Phone);

    /// <summary>Both pack cards answered; ends once the risk card has been seen.</summary>
    public TranscriptScript PackCardsToRisk(TranscriptScript script)
    {
        JsonNode? about = null, keepingSafe = null;
        return script
            .BotSendsCard(contains: "About this visit (1 of 2)", check: card => about = card)
            .Send(user => user.Submit(PackCards.Submit(about!, Answers)), "the first pack card")
            .BotSendsCard(contains: "Keeping you safe (2 of 2)", check: card => keepingSafe = card)
            .Send(user => user.Submit(PackCards.Submit(keepingSafe!, Answers)), "the second pack card")
            .BotSendsCard(contains: "Risk:", check: card => RiskCard = card);
    }

    /// <summary>
    /// The saved plan's card, the session started on it, then the closing line. <paramref name="share"/> answers
    /// "Share a copy with your team channel?", which is asked only when Alex's team channel has alerts on
    /// (someone said <c>alerts on area=…</c> there first): null when it is not, so the question never comes.
    /// </summary>
    public TranscriptScript Summary(TranscriptScript script, bool? share = null)
    {
        var saved = script
            .BotSendsCard(contains: "Your visit plan is saved", check: card => SummaryCard = card)
            .BotSays(contains: $"Your check-in session for {CaseReference} is running");
        var answered = share switch
        {
            true => saved.BotSendsCard(contains: "Share a copy with your team channel?").User("yes").BotSays(contains: "a copy is going to your team channel"),
            false => saved.BotSendsCard(contains: "Share a copy with your team channel?").User("no"),
            null => saved,
        };
        return answered.BotSays(contains: "Have a safe visit.");
    }
}
