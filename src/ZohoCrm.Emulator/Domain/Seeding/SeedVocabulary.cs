namespace ZohoCrm.Emulator.Domain.Seeding;

/// <summary>Word lists the seeder draws realistic names, companies and places from.</summary>
internal static class SeedVocabulary
{
    public static readonly string[] FirstNames =
    [
        "Anna", "Petra", "Jon", "Maria", "Lukas", "Sofia", "Noah", "Emma", "Liam", "Olivia", "Mateo", "Aisha", "Kenji", "Yuki",
        "Ravi", "Ananya", "Carlos", "Lucia", "Ahmed", "Fatima", "Chen", "Wei", "Ivan", "Olga", "Pierre", "Camille", "Giulia",
        "Marco", "Sean", "Niamh", "Kwame", "Amara", "Diego", "Valentina", "Jakub", "Zofia", "Erik", "Astrid", "Hannah", "Ben",
        "Chloe", "Daniel", "Grace", "Samuel", "Leila", "Omar", "Priya", "Arjun", "Mia", "Elias", "Nora", "Felix", "Ines", "Tomas",
        "Sara", "Hugo", "Alice", "Rosa", "Victor", "Julia",
    ];

    public static readonly string[] LastNames =
    [
        "Becker", "Novak", "Ivanova", "Okafor", "Smith", "Johnson", "Garcia", "Martinez", "Nguyen", "Kim", "Patel", "Sharma",
        "Tanaka", "Suzuki", "Muller", "Schmidt", "Schneider", "Fischer", "Weber", "Rossi", "Russo", "Ferrari", "Dubois",
        "Laurent", "Bernard", "Kowalski", "Nowak", "Wisniewski", "Jensen", "Nielsen", "Hansen", "Larsen", "Andersson",
        "Johansson", "OBrien", "Murphy", "Kelly", "Walsh", "Mensah", "Boateng", "Silva", "Santos", "Costa", "Pereira",
        "Fernandez", "Lopez", "Gonzalez", "Hernandez", "Chen", "Wang", "Li", "Zhang", "Singh", "Kumar", "Reddy", "Iyer",
        "Cohen", "Levi", "Haddad", "Khan", "Ali", "Popescu", "Horvat", "Kovacs", "Novotny", "Virtanen", "Korhonen", "Berg",
        "Dahl", "Moreau", "Fontaine", "Marchetti", "Romano", "Byrne", "Doyle", "Hughes", "Evans", "Clarke", "Wright", "Baker",
    ];

    public static readonly string[] CompanyWords =
    [
        "Zylker", "Northwind", "Acme", "Globex", "Initech", "Umbrella", "Stark", "Wayne", "Hooli", "Vandelay", "Cyberdyne",
        "Tyrell", "Soylent", "Wonka", "Gringotts", "Oceanic", "Pied Piper", "Massive Dynamic", "Blue Harbor", "Red Rock",
        "Silver Lake", "Golden Gate", "Evergreen", "Summit", "Pinnacle", "Horizon", "Meridian", "Atlas", "Nimbus", "Polaris",
        "Vertex", "Quantum", "Cobalt", "Granite", "Juniper", "Maple", "Cedar", "Falcon", "Orion", "Lumen", "Becker", "Novak",
        "Lagos", "Bavaria", "Nordic", "Alpine", "Coastal", "Prairie", "Delta", "Sierra",
    ];

    public static readonly string[] CompanyKinds =
    [
        "Logistics", "Freight", "Systems", "Technologies", "Consulting", "Design", "Foods", "Motors", "Energy", "Health",
        "Analytics", "Software", "Labs", "Robotics", "Textiles", "Pharma", "Media", "Retail", "Capital", "Builders",
    ];

    public static readonly string[] CompanySuffixes = ["Inc", "Ltd", "GmbH", "LLC", "s.r.o.", "S.A.", "Pvt Ltd", "AG", "BV", "Corp"];

    public static readonly (string City, string State, string Country, string Prefix)[] Places =
    [
        ("Berlin", "Berlin", "Germany", "+49 30"), ("Munich", "Bavaria", "Germany", "+49 89"), ("Prague", "Prague", "Czech Republic", "+420 2"),
        ("Chennai", "Tamil Nadu", "India", "+91 44"), ("Bengaluru", "Karnataka", "India", "+91 80"), ("Mumbai", "Maharashtra", "India", "+91 22"),
        ("Austin", "Texas", "United States", "+1 512"), ("New York", "New York", "United States", "+1 212"), ("San Jose", "California", "United States", "+1 408"),
        ("Chicago", "Illinois", "United States", "+1 312"), ("London", "England", "United Kingdom", "+44 20"), ("Manchester", "England", "United Kingdom", "+44 161"),
        ("Paris", "Ile-de-France", "France", "+33 1"), ("Lyon", "Auvergne-Rhone-Alpes", "France", "+33 4"), ("Madrid", "Madrid", "Spain", "+34 91"),
        ("Milan", "Lombardy", "Italy", "+39 02"), ("Tokyo", "Tokyo", "Japan", "+81 3"), ("Osaka", "Osaka", "Japan", "+81 6"),
        ("Lagos", "Lagos", "Nigeria", "+234 1"), ("Sydney", "New South Wales", "Australia", "+61 2"), ("Toronto", "Ontario", "Canada", "+1 416"),
        ("Sao Paulo", "Sao Paulo", "Brazil", "+55 11"), ("Warsaw", "Masovia", "Poland", "+48 22"), ("Stockholm", "Stockholm", "Sweden", "+46 8"),
    ];

    public static readonly string[] Streets =
    [
        "Main Street", "Market Street", "Hauptstrasse", "Station Road", "Park Avenue", "Church Lane", "High Street", "Mill Road",
        "Lake View Drive", "Harbour Way", "Rue de la Paix", "Via Roma", "Gran Via", "Anna Salai", "MG Road", "King Street",
    ];

    public static readonly string[] Titles =
    [
        "CEO", "CTO", "CFO", "Head of IT", "Operations Manager", "Purchasing Manager", "Sales Director", "Marketing Manager",
        "Software Engineer", "Logistics Coordinator", "Account Executive", "Project Manager", "VP Engineering", "Office Manager",
    ];

    public static readonly string[] Departments = ["Sales", "Marketing", "Engineering", "Finance", "Operations", "Procurement", "Support", "IT"];

    public static readonly string[] ProductNouns =
    [
        "Fleet Tracker", "Route Planner", "Cargo Sensor", "Dock Scheduler", "Warehouse Hub", "Label Printer", "Pallet Scanner",
        "Cold Chain Monitor", "Customs Assistant", "Driver App", "Yard Camera", "Telematics Box", "Load Optimizer", "Invoice Bot",
    ];

    public static readonly string[] ProductTiers = ["Lite", "Standard", "Pro", "Enterprise", "Max", "Mini", "X", "Plus"];

    public static readonly string[] TaskSubjects =
    [
        "Send proposal", "Follow up on quote", "Prepare demo", "Schedule onboarding", "Review contract", "Update pricing sheet",
        "Collect requirements", "Send invoice", "Check delivery status", "Renewal reminder", "Share case study", "Book site visit",
    ];

    public static readonly string[] CallSubjects =
    [
        "Intro call", "Discovery call", "Pricing discussion", "Support follow-up", "Quarterly check-in", "Demo debrief",
        "Contract negotiation", "Renewal call", "Escalation call", "Reference call",
    ];

    public static readonly string[] MeetingTitles =
    [
        "Kickoff meeting", "Quarterly business review", "Product demo", "Site visit", "Steering committee", "Workshop",
        "Contract signing", "Lunch meeting", "Training session", "Planning session",
    ];

    public static readonly string[] CaseSubjects =
    [
        "Tracker not reporting position", "Login fails after update", "Invoice total incorrect", "Label printer jams",
        "Sensor battery drains quickly", "Cannot export route report", "Request for API access", "Duplicate shipments shown",
        "Mobile app crashes on start", "Wrong time zone in reports", "Feature request: bulk import", "Password reset not received",
    ];

    public static readonly string[] ProjectThemes =
    [
        "Warehouse rollout", "Fleet upgrade", "ERP integration", "Cold chain pilot", "Customs automation", "Driver app launch",
        "Data migration", "Route optimisation", "Portal redesign", "Yard management", "Analytics dashboard", "Sensor retrofit",
    ];

    public static readonly string[] Sentences =
    [
        "Met at the regional logistics fair; interested in a pilot.",
        "Wants pricing for 50 vehicles and a two-year support plan.\nPrefers email contact.",
        "Existing customer of a competitor; contract ends next quarter.",
        "Budget approved, waiting for the procurement process.",
        "Asked for a demo with their operations team.",
        "Referred by a partner; high priority.",
        "Requires on-premise deployment and SSO.",
        "Evaluating three vendors, decision expected in six weeks.",
    ];
}
