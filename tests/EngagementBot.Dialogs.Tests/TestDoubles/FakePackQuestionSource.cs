using EngagementBot.Dialogs.Ports;

namespace EngagementBot.Dialogs.Tests.TestDoubles;

/// <summary>Pack questions by group, set by the test; records each request.</summary>
public sealed class FakePackQuestionSource : IPackQuestionSource
{
    public Dictionary<string, IReadOnlyList<PackQuestion>> Groups { get; } = new(StringComparer.Ordinal);

    public List<PackQuestionRequest> Requests { get; } = [];

    public Task<IReadOnlyList<PackQuestion>> GetQuestionsAsync(PackQuestionRequest request, CancellationToken cancellationToken)
    {
        Requests.Add(request);
        return Task.FromResult(Groups.GetValueOrDefault(request.Group) ?? []);
    }
}
