"""Reads every answer recorded from a real Mautic with the generated Python client, as its API methods read them.

Usage: python3 read_recordings.py CLIENT_DIR PACKAGE RECORDINGS_DIR

Each recorded response goes through the client's own response_deserialize with the operation's response types (an
error status raises, with the error body read into its model). An answer counts as read when nothing raised, no union
was left without a value (actual_instance=None), and the model, serialised again, gives the recorded JSON back (up to
a null left out, and the notation of a date-time). Prints one line per failure and a summary; exits 1 on a failure.
"""
import ast
import glob
import importlib
import json
import os
import re
import sys
from datetime import datetime

client_dir, package, recordings_dir = sys.argv[1:4]
sys.path.insert(0, client_dir)
client_package = importlib.import_module(package)
exceptions = importlib.import_module(package + ".exceptions")


def response_types():
    """'METHOD /path' -> (operation, {status: type}), read from the generated API modules."""
    operations = {}
    for source_file in glob.glob(os.path.join(client_dir, package, "api", "*.py")):
        source = open(source_file).read()
        types = {}
        for match in re.finditer(r"_param = self\._(\w+)_serialize\(.*?_response_types_map: Dict\[str, Optional\[str\]\] = "
                                 r"(\{.*?\n        \})", source, re.S):
            types.setdefault(match.group(1), ast.literal_eval(match.group(2)))
        for match in re.finditer(r"def _(\w+)_serialize\(.*?method='(\w+)',\s*resource_path='([^']+)'", source, re.S):
            operations[match.group(2) + " " + match.group(3)] = (match.group(1), types[match.group(1)])
    return operations


class RecordedResponse:
    """A recorded response, shaped as the client's RESTResponse."""

    def __init__(self, status, body):
        self.status = status
        self.reason = ""
        self.data = json.dumps(body).encode() if body is not None else b""
        self.headers = {"content-type": "application/json"}

    def getheaders(self):
        return self.headers

    def getheader(self, name, default=None):
        return self.headers.get(name.lower(), default)


def unset_unions(value, where, problems):
    if hasattr(value, "actual_instance"):
        if value.actual_instance is None:
            problems.append(where + ": actual_instance=None")
        unset_unions(value.actual_instance, where, problems)
    elif hasattr(type(value), "model_fields"):
        for name in type(value).model_fields:
            unset_unions(getattr(value, name), where + "." + name, problems)
    elif isinstance(value, dict):
        for key, item in value.items():
            unset_unions(item, where + "." + str(key), problems)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            unset_unions(item, where + "[" + str(index) + "]", problems)


def same_json(expected, actual, where, problems):
    if isinstance(expected, dict) and isinstance(actual, dict):
        for key in set(expected) | set(actual):
            same_json(expected.get(key), actual.get(key), where + "." + key, problems)
    elif isinstance(expected, list) and isinstance(actual, list) and len(expected) == len(actual):
        for index, (item, read) in enumerate(zip(expected, actual)):
            same_json(item, read, where + "[" + str(index) + "]", problems)
    elif expected != actual or type(expected) in (list, dict) and type(expected) != type(actual):
        if isinstance(expected, str) and isinstance(actual, str) and same_instant(expected, actual):
            return
        problems.append(where + ": " + repr(expected)[:80] + " read as " + repr(actual)[:80])


def same_instant(expected, actual):
    try:
        return datetime.fromisoformat(expected) == datetime.fromisoformat(actual)
    except ValueError:
        return False


operations = response_types()
client = client_package.ApiClient()
count = 0
failures = 0
for file in sorted(glob.glob(os.path.join(recordings_dir, "*.json"))):
    recording = json.load(open(file))
    if recording["operation"] not in operations:
        continue
    name, types = operations[recording["operation"]]
    response = recording["response"]
    count += 1
    try:
        try:
            data = client.response_deserialize(RecordedResponse(response["status"], response["body"]), types).data
        except exceptions.ApiException as error:
            data = error.data
            if data is None:
                raise AssertionError("the error body was not read") from error
        problems = []
        unset_unions(data, "", problems)
        same_json(response["body"], client.sanitize_for_serialization(data), "", problems)
        if problems:
            raise AssertionError("; ".join(problems[:3]))
    except Exception as error:
        failures += 1
        print("FAIL", os.path.basename(file), name, response["status"], type(error).__name__,
              str(error)[:400].replace("\n", " "))
print(count, "recorded answers,", failures, "failures")
sys.exit(1 if failures else 0)
