# test: module
WHERE = "search_path_lib2"
