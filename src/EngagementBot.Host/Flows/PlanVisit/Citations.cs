using EngagementBot.Guidance.Model;

namespace EngagementBot.Host.Flows.PlanVisit;

/// <summary>
/// How a source is cited to practitioners: "document §section", the document named by its title when it
/// is the one the pack is based on (its file name otherwise).
/// </summary>
internal static class Citations
{
    public static string Of(SourceRef source, ProcedurePack pack) =>
        $"{(source.Document == pack.BasedOn.Document ? pack.BasedOn.Title : source.Document)} §{source.Section}";
}
