namespace EngagementBot.Dialogs.Definitions;

/// <summary>
/// A validated definition with its version (SHA-256 of its canonical JSON) and where it came from.
/// A stored dialog whose version differs from the loaded one is not resumed.
/// </summary>
public sealed record LoadedDialog(DialogDefinition Definition, string Version, string Source)
{
    public string Id => Definition.Id;

    public int IndexOf(string stepId)
    {
        for (var i = 0; i < Definition.Steps.Count; i++)
        {
            if (Definition.Steps[i].Id == stepId)
            {
                return i;
            }
        }

        return -1;
    }
}
