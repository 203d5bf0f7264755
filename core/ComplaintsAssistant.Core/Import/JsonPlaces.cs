namespace ComplaintsAssistant.Core.Import;

/// <summary>A JSON Lines case is all on one line: every key is on it, and named as the file names it.</summary>
internal sealed record JsonPlaces(int Line) : ISourcePlaces
{
    public (int Line, string Column) Of(string key) => (Line, key);
}
