using System.Data;

namespace ZohoCrm.Data.Properties;

// Messages of the ADO.NET surface: connection, command, parameters, reader.
internal static partial class ZohoCrmStrings
{
    public static string ParameterDirectionNotSupported(string parameterName, ParameterDirection direction) =>
        Format("Parameter '{0}' has Direction {1}, but Zoho CRM queries take input parameters only. Leave Direction as Input.",
            parameterName, direction);

    public static string ParameterNameEmpty =>
        "A Zoho CRM parameter needs a name (for example '@city') so the query text can refer to it.";

    public static string ParameterNotFound(string parameterName) =>
        Format("No parameter named '{0}' is in this collection. Add it with command.Parameters.Add(new ZohoCrmParameter(\"{0}\", value)).",
            parameterName);

    public static string ParameterAlreadyInCollection(string parameterName) =>
        Format("Parameter '{0}' already belongs to a parameter collection. Create a new ZohoCrmParameter (or Clone() it) to use it in another command.",
            parameterName);

    public static string ParameterNameDuplicate(string parameterName) =>
        Format("The collection already has a parameter named '{0}' (names compare case-insensitively, with or without '@'). Give each parameter a distinct name.",
            parameterName);

    public static string ParameterTypeMismatch(string? actualType) =>
        Format("A ZohoCrmParameterCollection holds ZohoCrmParameter objects, not '{0}'. Create parameters with command.CreateParameter() or new ZohoCrmParameter(...).",
            actualType ?? "null");

    public static string CommandTypeNotSupported(CommandType commandType) =>
        Format("CommandType {0} is not supported: Zoho CRM has no stored procedures or table-direct access. Use CommandType.Text with a SELECT query.",
            commandType);

    public static string CommandTextEmpty =>
        "The command has no CommandText. Set it to a query such as \"SELECT Last_Name FROM Leads WHERE Company = @company\".";

    public static string CommandTimeoutNegative(int value) =>
        Format("CommandTimeout must be 0 (no timeout) or a positive number of seconds, not {0}.", value);

    public static string DmlReturnsNoRows(string statement) =>
        Format("{0} changes records and returns no rows: run it with ExecuteNonQuery or ExecuteNonQueryAsync (Dapper: Execute), which return the number of records changed.", statement);

    public static string NonQueryOnSelect =>
        "ExecuteNonQuery was called with a SELECT query, which returns rows. Use ExecuteReader or ExecuteScalar to read them.";

    public static string CommandNeedsConnection =>
        "The command has no Connection. Set command.Connection to a ZohoCrmConnection (or create the command with connection.CreateCommand()).";

    public static string DataSourceDisposed(string redactedConnectionString) =>
        Format("The ZohoCrmDataSource ({0}) was disposed, and with it its HTTP pipeline, API client and metadata. Create a new data source, or dispose it only when the application shuts down.", redactedConnectionString);

    public static string ConnectionNotOpen(string operation) =>
        Format("{0} needs an open connection, but the ZohoCrmConnection is closed. Call Open() or OpenAsync() first.", operation);

    public static string ConnectionTypeMismatch(string? actualType) =>
        Format("A ZohoCrmCommand runs on a ZohoCrmConnection, not '{0}'.", actualType ?? "null");

    public static string ConnectionStringMissing =>
        "The ZohoCrmConnection has no ConnectionString. Set it (for example \"ApiDomain=https://www.zohoapis.com;InitiateOAuth=REFRESH;OAuthClientId=...\") or create the connection from a ZohoCrmDataSource.";

    public static string ConnectionStringChangeWhileOpen =>
        "The ConnectionString of an open ZohoCrmConnection cannot be changed. Close the connection first.";

    /// <summary>ZohoCrmConnection.User set on an open connection.</summary>
    public static string UserChangeWhileOpen =>
        "The User of an open ZohoCrmConnection cannot be changed: commands already running act for the user they started with. Close the connection first, or use one connection per user.";

    public static string ClientSideFilterLimitNegative(int value) =>
        Format("The ClientSideFilterLimit given to the connection is {0}. It is the number of rows the provider may read to do on the client what Zoho cannot; give zero (no client-side work) or more.", value);

    public static string ConnectionStringFromDataSource =>
        "This ZohoCrmConnection was created by a ZohoCrmDataSource and uses its settings; its ConnectionString cannot be changed. Create the connection from another data source instead.";

    public static string TransactionsNotSupported =>
        "Zoho CRM has no transactions: each API call commits on its own, so the provider cannot offer BeginTransaction. Write without a transaction and handle partial failures per record.";

    public static string ChangeDatabaseNotSupported(string databaseName) =>
        Format("ChangeDatabase('{0}') is not supported: a Zoho CRM connection reaches one organisation through the API domain of its connection string. Open another connection with a different connection string instead.",
            databaseName);

    public static string ReaderClosed(string operation) =>
        Format("{0} cannot be called on a closed ZohoCrmDataReader.", operation);

    public static string ReaderNoRow =>
        "The ZohoCrmDataReader is not positioned on a row. Call Read() and check that it returned true before reading values.";

    public static string ReaderOrdinalOutOfRange(int ordinal, int fieldCount) =>
        Format("Column ordinal {0} is out of range: the result has {1} column(s), numbered from 0.", ordinal, fieldCount);

    public static string ReaderColumnNotFound(string name, string columns) =>
        Format("The result has no column named '{0}'. Its columns are: {1}.", name, columns);

    public static string ReaderValueIsNull(string column) =>
        Format("Column '{0}' is null in this row. Check IsDBNull first, or read it as a nullable type with GetFieldValue<T?>.", column);

    public static string ReaderCannotConvert(string column, string zohoType, string? valueType, string targetType) =>
        Format("Column '{0}' ({1}) holds a {2} value that cannot be read as {3}.", column, zohoType, valueType ?? "null", targetType);

    public static string ReaderGetBytesNotSupported(string column) =>
        Format("Column '{0}' cannot be read with GetBytes/GetChars streaming: Zoho CRM returns text and JSON values. Use GetString or GetFieldValue<T>.",
            column);

    public static string SchemaModuleUnknown(string module, string? closest) =>
        Format("Zoho CRM has no module named '{0}'.{1} GetSchema(\"Modules\") lists the modules of the org.", module,
            closest is null ? "" : Format(" Did you mean '{0}'?", closest));

    public static string SchemaCollectionUnknown(string collectionName) =>
        Format("GetSchema does not know the collection '{0}'. The Zoho CRM provider offers 'MetaDataCollections', 'Modules' and 'Fields'.", collectionName);

    public static string SchemaRestrictionsTooMany(string collectionName, int allowed) =>
        Format("GetSchema('{0}') takes at most {1} restriction value(s).", collectionName, allowed);
}
