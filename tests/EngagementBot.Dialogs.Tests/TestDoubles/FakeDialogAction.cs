using EngagementBot.Dialogs.Ports;

namespace EngagementBot.Dialogs.Tests.TestDoubles;

/// <summary>An action whose result the test decides; records each call.</summary>
public sealed class FakeDialogAction(string name, Func<DialogActionContext, DialogActionResult> run) : IDialogAction
{
    public string Name { get; } = name;

    public List<DialogActionContext> Calls { get; } = [];

    public Task<DialogActionResult> RunAsync(DialogActionContext context, CancellationToken cancellationToken)
    {
        Calls.Add(context);
        return Task.FromResult(run(context));
    }
}
