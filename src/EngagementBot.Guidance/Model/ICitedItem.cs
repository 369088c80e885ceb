namespace EngagementBot.Guidance.Model;

/// <summary>Any pack item: a kebab-case id unique within its pack, and the source it is drawn from.</summary>
public interface ICitedItem
{
    string Id { get; }

    SourceRef Source { get; }

    IReadOnlyList<SourceRef>? AlsoSee { get; }
}
