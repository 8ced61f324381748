using Microsoft.EntityFrameworkCore;

namespace EFCore.ZohoCrm.Benchmarks.Startup.Org100;

/// <summary>The scaffolded context without a compiled model: EF builds its model at run time.</summary>
public class Org100RuntimeContext(DbContextOptions<Org100Context> options) : Org100Context(options);
