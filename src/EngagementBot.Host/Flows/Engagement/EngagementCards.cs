using System.Globalization;
using System.Text.Json.Nodes;
using EngagementBot.Cards;
using EngagementBot.Dialogs.Composition;
using EngagementBot.Dialogs.Ports;
using EngagementBot.Domain.Engagement;
using EngagementBot.Domain.Turns;
using EngagementBot.Guidance.Loading;
using Microsoft.Extensions.Options;

namespace EngagementBot.Host.Flows.Engagement;

/// <summary>
/// The engagement log's cards: the log card (the generic <c>form</c> card, form id <see cref="LogForm"/>,
/// the kinds as choices in the pack's wording) and the yes / change / cancel confirmation (the
/// <c>prompt-choice</c> card, prompt id <see cref="ConfirmPrompt"/>).
/// </summary>
public sealed class EngagementCards(ICardRenderer cards, PackCatalog packs, EngagementClock clock, IOptions<DialogOptions> options)
{
    public const string LogForm = "engagement-log";

    public const string ConfirmPrompt = "engagement-confirm";

    /// <summary>The log card, optionally filled in from a draft.</summary>
    public BotReply LogCard(EngagementDraft? draft = null)
    {
        var person = packs.Active.Terms.PersonAtRisk;
        var choices = new JsonArray([.. EngagementVocabulary.Kinds.Terms.Select(t => (JsonNode)new JsonObject
        {
            ["title"] = CardText.Escape(EngagementVocabulary.Text(t.Value, person)),
            ["value"] = t.Code,
        })]);
        var kind = new JsonObject { ["kind"] = "choice", ["id"] = "kind", ["label"] = "What happened?", ["required"] = true, ["compact"] = true, ["choices"] = choices };
        var caseRef = new JsonObject { ["kind"] = "text", ["id"] = "caseRef", ["label"] = "Case reference", ["placeholder"] = "For example " + options.Value.CaseReferenceExample, ["required"] = true };
        var day = new JsonObject { ["kind"] = "date", ["id"] = "day", ["label"] = "When did it happen?", ["required"] = true, ["max"] = Day(clock.Today), ["value"] = Day(draft?.Day ?? clock.Today) };
        if (draft is not null)
        {
            kind["value"] = draft.Kind;
            caseRef["value"] = CardText.Escape(draft.CaseReference);
        }

        var note = new JsonObject { ["kind"] = "text", ["id"] = "note", ["label"] = "Private note (optional)", ["placeholder"] = "Only kept for you. No names or addresses, please." };
        var data = new JsonObject
        {
            ["form"] = LogForm,
            ["title"] = "Log engagement",
            ["intro"] = "Seen by every agency working with the case, with your agency and the day. Your note stays private.",
            ["submitTitle"] = "Log it",
            ["fields"] = new JsonArray(kind, caseRef, day, note),
        };
        return BotReply.FromCard(cards.Render(Dialogs.Ports.CardTemplates.Form, data));
    }

    /// <summary>"Shall I log this?" with Yes / Change / Cancel.</summary>
    public BotReply Confirm(string understood) => BotReply.FromCard(cards.Render(Dialogs.Ports.CardTemplates.PromptChoice, new JsonObject
    {
        ["prompt"] = ConfirmPrompt,
        ["question"] = CardText.Escape(understood + " " + EngagementTexts.ConfirmQuestion),
        ["hint"] = EngagementTexts.ConfirmHint,
        ["choices"] = new JsonArray(
            new JsonObject { ["title"] = "Yes", ["value"] = "yes", ["style"] = "positive" },
            new JsonObject { ["title"] = "Change", ["value"] = "change" },
            new JsonObject { ["title"] = "Cancel", ["value"] = "cancel" }),
    }));

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
