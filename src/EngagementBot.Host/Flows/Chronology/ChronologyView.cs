using System.Globalization;
using System.Text.Json.Nodes;
using EngagementBot.Cards;
using EngagementBot.Dialogs.Ports;
using EngagementBot.Domain.Engagement;
using EngagementBot.Domain.Turns;

namespace EngagementBot.Host.Flows.Chronology;

/// <summary>
/// "chronology C-1234": every registered <see cref="IChronologySource"/>'s lines for the case, newest first
/// (by day, then by when they were recorded), <see cref="PageSize"/> to a card so it reads on a phone, with
/// "…and N earlier" and how to see the next page.
/// </summary>
public sealed class ChronologyView(IEnumerable<IChronologySource> sources, ICardRenderer cards)
{
    public const int PageSize = 12;

    private readonly IChronologySource[] _sources = [.. sources];

    /// <summary>Every line of the case, newest first.</summary>
    public async Task<IReadOnlyList<ChronologyEntry>> EntriesAsync(string caseReference, CancellationToken cancellationToken)
    {
        var entries = new List<ChronologyEntry>();
        foreach (var source in _sources)
        {
            entries.AddRange(await source.EntriesAsync(caseReference, cancellationToken));
        }

        return [.. entries.OrderByDescending(e => e.Day).ThenByDescending(e => e.Order)];
    }

    /// <summary>Page <paramref name="page"/> (from 1) of the case's chronology as a card, or a text when there is nothing.</summary>
    public async Task<BotReply> RenderAsync(string caseReference, int page, CancellationToken cancellationToken)
    {
        var entries = await EntriesAsync(caseReference, cancellationToken);
        if (entries.Count == 0)
        {
            return BotReply.FromText($"Nothing is recorded on case {caseReference} yet, by any agency.");
        }

        var pages = (entries.Count + PageSize - 1) / PageSize;
        page = Math.Clamp(page, 1, pages);
        var shown = entries.Skip((page - 1) * PageSize).Take(PageSize).ToList();
        var earlier = entries.Count - ((page - 1) * PageSize) - shown.Count;
        var data = new JsonObject
        {
            ["title"] = CardText.Escape($"Chronology: case {caseReference}"),
            ["subtitle"] = $"Newest first · every agency · {entries.Count} {(entries.Count == 1 ? "entry" : "entries")}" + (pages > 1 ? $" · page {page} of {pages}" : ""),
            ["entries"] = new JsonArray([.. shown.Select(Entry)]),
        };
        if (earlier > 0)
        {
            data["more"] = CardText.Escape($"…and {earlier} earlier. Type \"chronology {caseReference} page {page + 1}\" to see them.");
        }

        return BotReply.FromCard(cards.Render("chronology", data));
    }

    private static JsonNode Entry(ChronologyEntry entry)
    {
        var node = new JsonObject
        {
            ["date"] = entry.Day.ToString("ddd d MMM yyyy", CultureInfo.InvariantCulture),
            ["source"] = CardText.Escape(entry.Source),
            ["what"] = CardText.Escape(entry.What),
        };
        if (!string.IsNullOrWhiteSpace(entry.Agency))
        {
            node["agency"] = CardText.Escape(entry.Agency);
        }

        return node;
    }
}
