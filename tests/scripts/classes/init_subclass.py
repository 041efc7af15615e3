# __init_subclass__: called for each new subclass (implicitly a classmethod),
# keyword arguments of the class statement reach it, object's takes none.
class Plugin:
    registry = []

    def __init_subclass__(cls, /, name=None, **kw):
        super().__init_subclass__(**kw)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry.append(cls.plugin_name)


class Json(Plugin, name="json"):
    pass


class Yaml(Plugin):
    pass


class StrictYaml(Yaml, name="strict"):
    pass


print(Plugin.registry)
print(Json.plugin_name, StrictYaml.plugin_name)
print(type(Plugin.__dict__["__init_subclass__"]).__name__)

try:
    class Bad(Plugin, colour="red"):
        pass
except TypeError as e:
    print(e)


class Plain:
    pass


try:
    class Child(Plain, flag=1):
        pass
except TypeError as e:
    print(e)

Dyn = type("Dyn", (Plugin,), {}, name="dynamic")
print(Dyn.plugin_name, Dyn.__module__)

# expect: ['json', 'yaml', 'strict']
# expect: json strict
# expect: classmethod
# expect: Bad.__init_subclass__() takes no keyword arguments
# expect: Child.__init_subclass__() takes no keyword arguments
# expect: dynamic __main__
