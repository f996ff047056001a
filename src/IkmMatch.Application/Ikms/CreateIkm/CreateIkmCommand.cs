using IkmMatch.Application.Common.Models;
using Mediator;

namespace IkmMatch.Application.Ikms.CreateIkm;

/// <summary>Registers a new IKM.</summary>
public sealed record CreateIkmCommand(IkmRequest Body) : ICommand<Versioned<IkmResponse>>;
