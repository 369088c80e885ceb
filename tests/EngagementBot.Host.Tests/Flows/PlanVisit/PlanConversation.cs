using System.Text.Json.Nodes;
using EngagementBot.Testing.Transcripts;

namespace EngagementBot.Host.Tests.Flows.PlanVisit;

/// <summary>
/// A practitioner planning a visit to <see cref="CaseReference"/> tomorrow (Tuesday 24 November) at 14:00
/// at the family's home (<see cref="Location"/>), back by 16:00, reachable on <see cref="Phone"/>, answering the pack's cards with <see cref="Answers"/> (harmless
/// answers unless a test changes some). Keeps the cards it saw for later checks.
/// </summary>
public sealed class PlanConversation(PlanVisitBot bot, string caseReference = "SC-0017-3")
{
    public const string Completion =
        "Have a safe visit. Say \"arrived\" when you get there and \"left safely\" when you're out — or use the buttons on your session card. If it turns threatening, leave — and if you're in danger, call 999.";

    public const string Location = "14 Example Road, Pontypridd";

    public const string Phone = "07700 900123";

    public string CaseReference { get; } = caseReference;

    public Dictionary<string, string> Answers { get; } = PackCards.SafeAnswers(bot.Pack);

    public JsonNode? AboutVisitCard { get; private set; }

    public JsonNode? KeepingSafeCard { get; private set; }

    public JsonNode? RiskCard { get; private set; }

    public JsonNode? SummaryCard { get; private set; }

    /// <summary>"plan a visit" to the back-by time, the address and the phone number; what the bot says next is left to the caller.</summary>
    public TranscriptScript UpToBackBy(TranscriptScript script) => script
        .User("plan a visit").BotSays(contains: "What's the case reference?")
        .User(CaseReference).BotSays(contains: "When is the visit?")
        .User("tomorrow 2pm").BotSays(equals: "Got it: Tuesday 24 November, 14:00.").BotSendsCard(contains: "Where will you meet?")
        .UserSubmits(new { command = "choice", prompt = "plan-visit.venue", value = "home" }).BotSays(contains: "When do you expect to be finished")
        .User("4pm").BotSays(check: text =>
        {
            Assert.StartsWith("Got it: Tuesday 24 November, 16:00.", text, StringComparison.Ordinal);
            Assert.Contains("Where exactly will you be", text, StringComparison.Ordinal);
        })
        .User(Location).BotSays(contains: "a mobile number to reach you on during the visit")
        .User(Phone);

    /// <summary>Both pack cards filled in and sent; ends once the risk card has been seen.</summary>
    public TranscriptScript FillInPackCards(TranscriptScript script) => script
        .BotSendsCard(contains: "About this visit (1 of 2)", check: card => AboutVisitCard = card)
        .Send(user => user.Submit(PackCards.Submit(AboutVisitCard!, Answers)), "the first pack card")
        .BotSendsCard(contains: "Keeping you safe (2 of 2)", check: card => KeepingSafeCard = card)
        .Send(user => user.Submit(PackCards.Submit(KeepingSafeCard!, Answers)), "the second pack card")
        .BotSendsCard(contains: $"From {bot.Pack.Title}", check: card => RiskCard = card);

    /// <summary>The whole plan up to the risk card, with no warnings on the case.</summary>
    public TranscriptScript UpToRisk(TranscriptScript script) => FillInPackCards(UpToBackBy(script));

    /// <summary>The saved plan's card, the session started on it, then the closing line.</summary>
    public TranscriptScript Summary(TranscriptScript script, Action<string>? check = null) => Saved(script, check)
        .BotSays(equals: Completion);

    /// <summary>The saved plan's card and the session started on it; what the bot says next is left to the caller.</summary>
    public TranscriptScript Saved(TranscriptScript script, Action<string>? check = null) => script
        .BotSendsCard(contains: "Your visit plan is saved", check: card =>
        {
            SummaryCard = card;
            check?.Invoke(CardView.Text(card));
        })
        .BotSays(contains: $"Your check-in session for {CaseReference} is running");
}
