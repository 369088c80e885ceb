namespace EngagementBot.Guidance.Model;

/// <summary>Enumerates and finds the cited items of a pack.</summary>
public static class ProcedurePackItems
{
    /// <summary>Every cited item of every list, escalation nodes included.</summary>
    public static IEnumerable<ICitedItem> CitedItems(this ProcedurePack pack) =>
        Enumerable.Empty<ICitedItem>()
            .Concat(pack.PreContactQuestions)
            .Concat(pack.ThreateningBehaviours)
            .Concat(pack.IncidentSteps)
            .Concat(pack.EscalationPath.Nodes)
            .Concat(pack.ReflectiveQuestions)
            .Concat(pack.DisguisedComplianceIndicators)
            .Concat(pack.WrittenAgreementElements)
            .Concat(pack.Recommendations)
            .Concat(pack.RiskRules)
            .Concat(pack.Glossary)
            .Concat(pack.EngagementPatterns);

    /// <summary>The item with this id (ids are unique within a pack), or null.</summary>
    public static ICitedItem? FindItem(this ProcedurePack pack, string id) =>
        pack.CitedItems().FirstOrDefault(item => item.Id == id);

    /// <summary>The item of type <typeparamref name="T"/> with this id, or null.</summary>
    public static T? Find<T>(this ProcedurePack pack, string id)
        where T : class, ICitedItem =>
        pack.CitedItems().OfType<T>().FirstOrDefault(item => item.Id == id);
}
