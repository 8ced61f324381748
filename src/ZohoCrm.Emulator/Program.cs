// The standalone emulator host is being built (issue 2); the domain core lives under Domain/.
Console.Error.WriteLine("The ZohoCrm.Emulator host is not built yet: only its domain core exists.");
return 2;
