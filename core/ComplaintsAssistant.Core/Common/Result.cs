namespace ComplaintsAssistant.Core.Common;

/// <summary>Success, or the rules the request broke (the first, with the rest in <see cref="DomainError.Also"/>).</summary>
public readonly record struct Result(DomainError? Error)
{
    public static Result Ok { get; } = new((DomainError?)null);
    public bool Succeeded => Error is null;
    public static implicit operator Result(DomainError error) => new(error);
}

/// <summary>A value, or the rules the request broke (the first, with the rest in <see cref="DomainError.Also"/>).</summary>
public readonly record struct Result<T>
{
    private readonly T? _value;

    private Result(T? value, DomainError? error) => (_value, Error) = (value, error);

    public DomainError? Error { get; }
    public bool Succeeded => Error is null;
    public T Value => Error is null ? _value! : throw new InvalidOperationException($"No value: {Error.Rule}");

    public static implicit operator Result<T>(T value) => new(value, null);
    public static implicit operator Result<T>(DomainError error) => new(default, error);

    /// <summary>Wraps a value whose static type is an interface (C# allows no implicit conversion from those).</summary>
    public static Result<T> From(T value) => new(value, null);
}
